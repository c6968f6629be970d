#include "narrative/narrativefigures.h"

#include "document/document.h"
#include "profile/expression.h"
#include "money/ratio.h"
#include "narrative/performancefigures.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>

namespace {

// Gives the free functions below a translation context that lupdate sees.
struct FiguresText
{
    Q_DECLARE_TR_FUNCTIONS(NarrativeFigures)
};

std::optional<FigureTerm> parseTerm(const Expression::Term &term, const BudgetChoice &budget, QString *error)
{
    static const QHash<QString, FigureTerm::Source> special = {
        { QStringLiteral("project.budget"), FigureTerm::Source::ProjectBudget },
        { QStringLiteral("project.executed"), FigureTerm::Source::ProjectExecuted },
        { QStringLiteral("projects.budget"), FigureTerm::Source::AllProjectsBudget },
        { QStringLiteral("projects.executed"), FigureTerm::Source::AllProjectsExecuted },
        { QStringLiteral("projects.count"), FigureTerm::Source::ProjectCount },
        { QStringLiteral("outputs.count"), FigureTerm::Source::OutputCount },
        { QStringLiteral("projects.targeted.count"), FigureTerm::Source::TargetedCount },
        { QStringLiteral("projects.targeted.budget"), FigureTerm::Source::TargetedBudget },
        { QStringLiteral("projects.tracked.count"), FigureTerm::Source::TrackedCount },
        { QStringLiteral("projects.tracked.budget"), FigureTerm::Source::TrackedBudget },
        { QStringLiteral("projects.evaluated.count"), FigureTerm::Source::EvaluatedCount },
        { QStringLiteral("projects.evaluated.budget"), FigureTerm::Source::EvaluatedBudget },
        { QStringLiteral("projects.averageScore"), FigureTerm::Source::AverageScore },
        { QStringLiteral("units.count"), FigureTerm::Source::UnitCount },
        { QStringLiteral("units.operations"), FigureTerm::Source::OperationsUnitCount },
    };
    static const QString graded = QStringLiteral("projects.graded.");
    FigureTerm result;
    result.sign = term.sign;
    if (term.reference.startsWith(graded) && term.reference.size() > graded.size()) {
        result.source = FigureTerm::Source::GradedCount;
        result.grade = term.reference.mid(graded.size());
        return result;
    }
    const auto it = special.constFind(term.reference);
    if (it != special.constEnd()) {
        result.source = *it;
        return result;
    }
    result.ref = CellRef::fromString(term.reference);
    if (!result.ref.isValid()) {
        *error = FiguresText::tr("\"%1\" is neither a cell (TABLE.ROW.COLUMN) nor a project figure.").arg(term.reference);
        return std::nullopt;
    }
    QString why;
    const QStringList columns = budget.columns(result.ref.column, &why);
    if (columns.isEmpty()) {
        *error = QStringLiteral("\"%1\": %2").arg(term.reference, why);
        return std::nullopt;
    }
    result.ref.column = columns.constFirst();
    result.fallbackColumns = columns.mid(1);
    return result;
}

// "收入支出决算总表：本年收入合计", with the column when the row has several.
QString cellLabel(const Document &document, const CellRef &ref)
{
    const LayoutTable *table = document.layout().table(ref.sheet);
    const auto at
        = table ? table->rowIndex.constFind(ref.row) : QHash<QString, std::pair<int, int>>::const_iterator();
    if (!table || at == table->rowIndex.constEnd())
        return ref.toString();
    const LayoutBlock &block = table->blocks.at(at->first);
    QString label = table->def->title + QStringLiteral("：") + block.rows.at(at->second).label;
    if (block.def->columns.size() > 1) {
        if (const ColumnDef *column = block.def->column(ref.column))
            label += QStringLiteral("，") + column->title.join(QString());
    }
    return label;
}

} // namespace

std::optional<FigureDef> FigureDef::fromJson(const QString &name, const QJsonObject &json, const BudgetChoice &budget,
                                             QString *error)
{
    static const QList<std::pair<QLatin1String, Kind>> kinds = {
        { QLatin1String("amount"), Kind::Amount },
        { QLatin1String("count"), Kind::Count },
        { QLatin1String("score"), Kind::Score },
        { QLatin1String("share"), Kind::Share },
        { QLatin1String("completion"), Kind::Completion },
        { QLatin1String("change"), Kind::Change },
    };
    FigureDef def;
    def.name = name;
    def.label = json.value(QLatin1String("label")).toString();
    bool found = false;
    for (const auto &[key, kind] : kinds) {
        if (!json.contains(key))
            continue;
        def.kind = kind;
        found = true;
        const QString text = json.value(key).toString();
        if (kind == Kind::Amount || kind == Kind::Count || kind == Kind::Score) {
            bool ok = false;
            const Expression expression = Expression::parse(text, &ok, error);
            if (!ok)
                return std::nullopt;
            for (const Expression::Term &term : expression.terms) {
                const auto parsed = parseTerm(term, budget.overriddenBy(json.value(QLatin1String("budget"))), error);
                if (!parsed)
                    return std::nullopt;
                def.terms.append(*parsed);
            }
        } else {
            def.operand = text;
            def.base
                = json.value(kind == Kind::Change ? QLatin1String("from") : QLatin1String("of")).toString();
            if (kind == Kind::Change)
                def.phrase = json.value(QLatin1String("phrase")).toString(QStringLiteral("change"));
            if (def.operand.isEmpty() || def.base.isEmpty()) {
                *error = FiguresText::tr("Figure \"%1\" needs two figures to compare.").arg(name);
                return std::nullopt;
            }
        }
        break;
    }
    if (!found) {
        *error = FiguresText::tr("Figure \"%1\" says neither amount, count, share, completion nor change.").arg(name);
        return std::nullopt;
    }
    return def;
}

std::optional<FigureSet> FigureSet::fromJson(const QJsonObject &json, const BudgetChoice &budget, QString *error)
{
    FigureSet set;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        const auto def = FigureDef::fromJson(it.key(), it.value().toObject(), budget, error);
        if (!def)
            return std::nullopt;
        set.index.insert(def->name, int(set.defs.size()));
        set.defs.append(*def);
    }
    return set;
}

FigureScope::FigureScope(
    const FigureEnvironment &environment, const FigureSet &set, const FigureScope *parent, FigureItem item)
    : m_environment(environment)
    , m_set(set)
    , m_parent(parent)
    , m_item(std::move(item))
    , m_cache(size_t(set.defs.size()))
    , m_numbers(size_t(set.defs.size()))
{
}

const FigureValue *FigureScope::value(const QString &name) const
{
    const auto it = m_set.index.constFind(name);
    if (it == m_set.index.constEnd())
        return m_parent ? m_parent->value(name) : nullptr;
    std::optional<FigureValue> &cached = m_cache[size_t(*it)];
    if (!cached)
        cached = compute(m_set.defs.at(*it));
    return &*cached;
}

std::optional<qint64> FigureScope::number(const QString &name) const
{
    const auto it = m_set.index.constFind(name);
    if (it == m_set.index.constEnd())
        return m_parent ? m_parent->number(name) : std::nullopt;
    if (const auto &value = m_cache[size_t(*it)])
        return value->known ? std::optional<qint64>(value->value) : std::nullopt;
    std::optional<std::optional<qint64>> &cached = m_numbers[size_t(*it)];
    if (!cached)
        cached = computeNumber(m_set.defs.at(*it));
    return *cached;
}

std::optional<qint64> FigureScope::computeNumber(const FigureDef &def) const
{
    switch (def.kind) {
    case FigureDef::Kind::Amount:
    case FigureDef::Kind::Count:
    case FigureDef::Kind::Score: {
        qint64 total = 0;
        for (const FigureTerm &term : def.terms) {
            if (!termKnown(term))
                return std::nullopt;
            total += term.sign * termValue(term);
        }
        return total;
    }
    case FigureDef::Kind::Change:
    case FigureDef::Kind::Share:
    case FigureDef::Kind::Completion:
        break;
    }
    const std::optional<qint64> operand = number(def.operand);
    const std::optional<qint64> base = number(def.base);
    if (!operand || !base)
        return std::nullopt;
    if (def.kind == FigureDef::Kind::Change)
        return *operand - *base;
    const int decimals = m_environment.document.reportTemplate().display().percentDecimals;
    return Ratio(*operand, *base).percentScaled(decimals).value_or(0);
}

FigureValue FigureScope::compute(const FigureDef &def) const
{
    if (def.kind == FigureDef::Kind::Amount || def.kind == FigureDef::Kind::Count
        || def.kind == FigureDef::Kind::Score)
        return sum(def);
    // The wording was checked when it was loaded: both operands exist.
    const FigureValue operand = *value(def.operand);
    const FigureValue base = *value(def.base);
    FigureValue result
        = def.kind == FigureDef::Kind::Change ? change(def, operand, base) : ratio(def, operand, base);
    result.known = operand.known && base.known;
    return result;
}

bool FigureScope::termKnown(const FigureTerm &term) const
{
    if (term.source != FigureTerm::Source::Cell)
        return true;
    return m_environment.document.isKnown(cellOf(term));
}

CellRef FigureScope::cellOf(const FigureTerm &term) const
{
    CellRef cell = term.ref;
    if (cell.row == QLatin1String("{code}"))
        cell.row = m_item.code;
    const Document &document = m_environment.document;
    for (qsizetype i = 0; i < term.fallbackColumns.size() && !document.isKnown(cell); ++i) {
        const CellRef fallback { cell.sheet, cell.row, term.fallbackColumns.at(i) };
        if (document.isKnown(fallback))
            cell = fallback;
    }
    return cell;
}

QString FigureScope::amountText(qint64 fen) const
{
    const DisplaySettings &display = m_environment.document.reportTemplate().display();
    return Money::fromFen(fen).format(display.unit, display.decimals, false);
}

qint64 FigureScope::termValue(const FigureTerm &term, CellRef *ref, QString *label) const
{
    const Document &document = m_environment.document;
    const QList<Project> &projects = document.data().projects;
    const bool hasProject = m_item.project >= 0 && m_item.project < projects.size();
    switch (term.source) {
    case FigureTerm::Source::Cell: {
        CellRef cell = cellOf(term);
        if (label)
            *label = cellLabel(document, cell);
        const qint64 value = document.value(cell);
        if (ref)
            *ref = std::move(cell);
        return value;
    }
    case FigureTerm::Source::ProjectBudget:
        if (label)
            *label = FiguresText::tr("full-year budget of the project");
        return hasProject ? projects.at(m_item.project).budget().value_or(Money()).fen() : 0;
    case FigureTerm::Source::ProjectExecuted:
        if (label)
            *label = FiguresText::tr("amount executed by the project");
        return hasProject ? projects.at(m_item.project).executed().value_or(Money()).fen() : 0;
    case FigureTerm::Source::OutputCount:
        if (label)
            *label = FiguresText::tr("output indicators of the project");
        return hasProject ? projects.at(m_item.project).outputs().size() : 0;
    case FigureTerm::Source::UnitCount:
        if (label)
            *label = FiguresText::tr("units of the department");
        return document.data().department.units.size();
    case FigureTerm::Source::OperationsUnitCount: {
        if (label)
            *label = FiguresText::tr("administrative and civil-service-managed units");
        const QList<BudgetUnit> &units = document.data().department.units;
        return std::count_if(units.cbegin(), units.cend(), [](const BudgetUnit &u) { return u.countsForOperations(); });
    }
    case FigureTerm::Source::ProjectCount:
        if (label)
            *label = FiguresText::tr("projects evaluated");
        return projects.size();
    case FigureTerm::Source::AllProjectsBudget:
    case FigureTerm::Source::AllProjectsExecuted: {
        const bool budget = term.source == FigureTerm::Source::AllProjectsBudget;
        if (label)
            *label = budget ? FiguresText::tr("sum of the projects' budgets")
                            : FiguresText::tr("sum of the amounts the projects executed");
        qint64 total = 0;
        for (const Project &project : projects)
            total += (budget ? project.budget() : project.executed()).value_or(Money()).fen();
        return total;
    }
    default:
        break;
    }
    return PerformanceFigures(projects, document.reportTemplate().gradeBands()).value(term, label);
}

FigureValue FigureScope::sum(const FigureDef &def) const
{
    FigureValue result;
    const bool money = def.kind == FigureDef::Kind::Amount;
    const auto show = [&](qint64 value) {
        if (def.kind == FigureDef::Kind::Score)
            return Points::fromHundredths(value).toString();
        return money ? amountText(value) : QString::number(value);
    };
    QString terms;
    QString values;
    for (const FigureTerm &term : def.terms) {
        CellRef ref;
        QString label;
        const qint64 value = termValue(term, &ref, &label);
        result.value += term.sign * value;
        result.known = result.known && termKnown(term);
        if (ref.isValid())
            result.cells.append(ref);
        if (term.source != FigureTerm::Source::Cell && m_item.project >= 0)
            result.project = m_item.project;
        const QString sign = term.sign < 0 ? QStringLiteral(" − ") : QStringLiteral(" + ");
        terms += (terms.isEmpty() ? (term.sign < 0 ? QStringLiteral("−") : QString()) : sign) + label;
        values += (values.isEmpty() ? (term.sign < 0 ? QStringLiteral("−") : QString()) : sign) + show(value);
    }
    result.text = show(result.value);
    result.label = def.label.isEmpty() ? terms : def.label;
    const QString unit = money
        ? QLatin1Char(' ') + Money::unitName(m_environment.document.reportTemplate().display().unit)
        : QString();
    result.explanation = result.label == terms ? terms : result.label + QStringLiteral(" = ") + terms;
    if (def.terms.size() > 1)
        result.explanation += QStringLiteral(" = ") + values;
    result.explanation += QStringLiteral(" = ") + result.text + unit;
    return result;
}

FigureValue FigureScope::ratio(
    const FigureDef &def, const FigureValue &operand, const FigureValue &base) const
{
    const int decimals = m_environment.document.reportTemplate().display().percentDecimals;
    const Ratio ratio(operand.value, base.value);
    FigureValue result;
    result.value = ratio.percentScaled(decimals).value_or(0);
    result.text = ratio.toString(decimals, m_environment.notComparable);
    const QString formula = operand.label + QStringLiteral(" ÷ ") + base.label;
    result.label = def.label.isEmpty() ? formula : def.label;
    result.cells = operand.cells + base.cells;
    result.project = operand.project;
    result.explanation = (def.label.isEmpty() ? QString() : def.label + QStringLiteral(" = ")) + formula
        + QStringLiteral(" × 100 = ") + operand.text + QStringLiteral(" ÷ ") + base.text
        + QStringLiteral(" × 100 = ") + result.text;
    return result;
}

FigureValue FigureScope::change(
    const FigureDef &def, const FigureValue &current, const FigureValue &previous) const
{
    const int decimals = m_environment.document.reportTemplate().display().percentDecimals;
    const qint64 delta = current.value - previous.value;
    const ChangePhrase phrase = m_environment.phrases.value(def.phrase);
    QString text;
    if (delta == 0)
        text = phrase.flat;
    else if (previous.value == 0 && delta > 0 && !phrase.upFromZero.isEmpty())
        text = phrase.upFromZero;
    else if (previous.value == 0 && delta < 0 && !phrase.downFromZero.isEmpty())
        text = phrase.downFromZero;
    else
        text = delta > 0 ? phrase.up : phrase.down;
    // The direction word carries the sign; the amount and the rate are magnitudes.
    const Ratio rate(delta < 0 ? -delta : delta, previous.value < 0 ? -previous.value : previous.value);
    const QString rateText = rate.toString(decimals, m_environment.notComparable);
    text.replace(QLatin1String("{amount}"), amountText(delta < 0 ? -delta : delta));
    text.replace(QLatin1String("{rate}"), rateText);
    text.replace(QLatin1String("{notComparable}"), m_environment.notComparable);

    FigureValue result;
    result.value = delta;
    result.text = text;
    const QString formula = current.label + QStringLiteral(" − ") + previous.label;
    result.label = def.label.isEmpty() ? formula : def.label;
    result.cells = current.cells + previous.cells;
    const QString signedDelta
        = (delta < 0 ? QStringLiteral("−") : QString()) + amountText(delta < 0 ? -delta : delta);
    result.explanation = (def.label.isEmpty() ? QString() : def.label + QStringLiteral(" = ")) + formula
        + QStringLiteral(" = ") + current.text + QStringLiteral(" − ") + previous.text + QStringLiteral(" = ")
        + signedDelta + QLatin1Char('\n')
        + FiguresText::tr("rate of change = %1 ÷ %2 × 100 = %3")
              .arg(signedDelta, previous.text,
                  Ratio(delta, previous.value).toString(decimals, m_environment.notComparable));
    return result;
}
