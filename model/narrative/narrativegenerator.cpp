#include "narrative/narrativegenerator.h"

#include "document/document.h"
#include "narrative/narrativetemplate.h"
#include "profile/profilelists.h"
#include "profile/reporttemplate.h"

#include <algorithm>

namespace {

// 1 → 一, 12 → 十二, 40 → 四十: for "一是……；二是……".
QString chineseNumber(int number)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (number <= 0 || number >= 100)
        return QString::number(number);
    const int tens = number / 10;
    const int ones = number % 10;
    QString text;
    if (tens > 0)
        text = (tens > 1 ? QString(digits.at(tens)) : QString()) + QStringLiteral("十");
    if (ones > 0)
        text += digits.at(ones);
    return text;
}

// A typed text stands inside a sentence whose punctuation the wording supplies.
QString inlineText(const QString &text)
{
    static const QString trailing = QStringLiteral("。；;，,.、 \t");
    QString result = text;
    result.replace(QLatin1Char('\n'), QString());
    while (!result.isEmpty() && trailing.contains(result.back()))
        result.chop(1);
    return result.trimmed();
}

bool compare(qint64 lhs, Condition::Comparison::Op op, qint64 rhs)
{
    using Op = Condition::Comparison::Op;
    switch (op) {
    case Op::NonZero:
        return lhs != 0;
    case Op::Known:
        return true; // decided before: an unknown figure never gets here
    case Op::Equal:
        return lhs == rhs;
    case Op::NotEqual:
        return lhs != rhs;
    case Op::Less:
        return lhs < rhs;
    case Op::LessOrEqual:
        return lhs <= rhs;
    case Op::Greater:
        return lhs > rhs;
    case Op::GreaterOrEqual:
        return lhs >= rhs;
    }
    return false;
}

} // namespace

NarrativeGenerator::NarrativeGenerator(const NarrativeTemplate &wording, const Document &document)
    : m_wording(wording)
    , m_document(document)
    , m_environment { document, wording.notComparable(), wording.phrases() }
    , m_global(m_environment, wording.figures(), nullptr, {})
{
}

NarrativeText NarrativeGenerator::generate(const NarrativeTemplate &wording, const Document &document)
{
    NarrativeGenerator generator(wording, document);
    for (const PartDef &part : wording.parts()) {
        generator.m_part = part.number;
        generator.m_headings.clear();
        QList<NarrativeRun> title;
        generator.render(part.title, generator.m_global, {}, &title);
        generator.addBlock(NarrativeBlock::Kind::PartTitle, 0, title);
        for (const ParagraphDef &paragraph : part.paragraphs)
            generator.paragraph(paragraph, generator.m_global, {});
        for (const SectionDef &section : part.sections)
            generator.section(section, 1);
    }
    return std::move(generator.m_text);
}

QString NarrativeGenerator::partTitle(const NarrativeTemplate &wording, const Document &document, int number)
{
    NarrativeGenerator generator(wording, document);
    for (const PartDef &part : wording.parts()) {
        if (part.number != number)
            continue;
        QList<NarrativeRun> runs;
        generator.render(part.title, generator.m_global, {}, &runs);
        QString title;
        for (const NarrativeRun &run : std::as_const(runs))
            title += run.text;
        return title;
    }
    return {};
}

void NarrativeGenerator::addBlock(NarrativeBlock::Kind kind, int level, QList<NarrativeRun> runs)
{
    m_text.blocks.append({ kind, m_part, level, std::move(runs) });
}

void NarrativeGenerator::section(const SectionDef &def, int level)
{
    QList<NarrativeRun> title;
    render(def.title, m_global, {}, &title);
    m_headings = m_headings.mid(0, level - 1);
    QString heading;
    for (const NarrativeRun &run : std::as_const(title))
        heading += run.text;
    m_headings.append(heading);
    addBlock(NarrativeBlock::Kind::Heading, level, title);
    for (const ParagraphDef &paragraphDef : def.paragraphs)
        paragraph(paragraphDef, m_global, {});
    for (const SectionDef &sub : def.sections)
        section(sub, level + 1);
}

void NarrativeGenerator::paragraph(const ParagraphDef &def, const FigureScope &scope, const Item &item)
{
    if (!holds(def.when, scope, item))
        return;
    if (!def.userText.isEmpty()) {
        userText(def, scope, item);
        return;
    }
    const auto addParagraph = [&](const FigureScope &itemScope, const Item &current) {
        QList<NarrativeRun> runs;
        clauses(def.clauses, itemScope, current, &runs);
        if (!runs.isEmpty())
            addBlock(NarrativeBlock::Kind::Paragraph, 0, runs);
    };
    if (!def.repeat.isActive()) {
        addParagraph(scope, item);
        return;
    }
    for (const Item &listed : items(def.repeat, scope, item))
        addParagraph(
            FigureScope(m_environment, def.repeat.figures, &scope, { listed.code, listed.project }), listed);
}

void NarrativeGenerator::userText(const ParagraphDef &def, const FigureScope &scope, const Item &item)
{
    const QStringList lines = m_document.data().texts.value(def.userText).split(QLatin1Char('\n'));
    bool inserted = def.inserted.empty();
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            addBlock(NarrativeBlock::Kind::Paragraph, 0,
                { { NarrativeRun::Kind::UserText, line.trimmed(), -1, def.userText, false } });
        if (!inserted && !def.insertAfter.isEmpty() && line.contains(def.insertAfter)) {
            for (const ParagraphDef &sub : def.inserted)
                paragraph(sub, scope, item);
            inserted = true;
        }
    }
    if (!inserted) {
        for (const ParagraphDef &sub : def.inserted)
            paragraph(sub, scope, item);
    }
}

void NarrativeGenerator::clauses(
    const QList<ClauseDef> &defs, const FigureScope &scope, const Item &item, QList<NarrativeRun> *runs)
{
    for (const ClauseDef &def : defs) {
        if (!holds(def.when, scope, item))
            continue;
        if (def.repeat.isActive()) {
            listClause(def, scope, item, runs);
            continue;
        }
        if (def.join) {
            bool first = true;
            for (const ClauseDef::Case &c : def.cases) {
                if (!holds(c.when, scope, item) || !statesOnlyKnown(c.text, scope))
                    continue;
                if (!first)
                    addText(def.separator, runs);
                first = false;
                render(c.text, scope, item, runs);
            }
            continue;
        }
        if (const TextPattern *text = chooseCase(def.cases, scope, item))
            render(*text, scope, item, runs);
    }
}

void NarrativeGenerator::listClause(
    const ClauseDef &def, const FigureScope &scope, const Item &item, QList<NarrativeRun> *runs)
{
    const QList<Item> listed = items(def.repeat, scope, item);
    if (listed.isEmpty()) {
        render(def.empty, scope, item, runs);
        return;
    }
    bool first = true;
    for (const Item &current : listed) {
        const FigureScope itemScope(
            m_environment, def.repeat.figures, &scope, { current.code, current.project });
        const TextPattern *text = listed.size() == 1 && !def.single.isEmpty()
            ? (statesOnlyKnown(def.single, itemScope) ? &def.single : nullptr)
            : chooseCase(def.cases, itemScope, current);
        if (!text)
            continue;
        if (!first)
            addText(def.separator, runs);
        first = false;
        render(*text, itemScope, current, runs);
    }
}

void NarrativeGenerator::addText(const QString &text, QList<NarrativeRun> *runs) const
{
    if (text.isEmpty())
        return;
    if (!runs->isEmpty() && runs->last().kind == NarrativeRun::Kind::Text)
        runs->last().text += text;
    else
        runs->append({ NarrativeRun::Kind::Text, text, -1, QString(), false });
}

void NarrativeGenerator::render(
    const TextPattern &pattern, const FigureScope &scope, const Item &item, QList<NarrativeRun> *runs)
{
    for (const PatternPiece &piece : pattern.pieces) {
        switch (piece.kind) {
        case PatternPiece::Kind::Literal:
            addText(piece.value, runs);
            break;
        case PatternPiece::Kind::Field:
            addText(field(piece.value, item), runs);
            break;
        case PatternPiece::Kind::Figure: {
            const FigureValue *value = scope.value(piece.value);
            m_text.figures.append({ value->explanation, value->cells, value->project });
            runs->append({ NarrativeRun::Kind::Figure, value->text, int(m_text.figures.size() - 1), QString(),
                false });
            break;
        }
        case PatternPiece::Kind::Reason:
        case PatternPiece::Kind::Text: {
            QString key = piece.value;
            key.replace(QLatin1String("{code}"), item.code);
            const QString text = inlineText(m_document.data().texts.value(key));
            const bool required = piece.kind == PatternPiece::Kind::Reason;
            if (!text.isEmpty() || required) {
                const bool missing = text.isEmpty();
                const auto kind = required ? NarrativeRun::Kind::Reason : NarrativeRun::Kind::UserText;
                if (missing
                    && !std::any_of(m_text.missingReasons.cbegin(), m_text.missingReasons.cend(),
                        [&](const MissingReason &m) { return m.key == key; })) {
                    QString context;
                    for (const NarrativeRun &run : std::as_const(*runs))
                        context += run.text;
                    m_text.missingReasons.append({ key, m_headings.join(QStringLiteral(" / ")), context });
                }
                runs->append({ kind, missing ? m_wording.missingText() : text, -1, key, missing });
            }
            break;
        }
        }
    }
}

bool NarrativeGenerator::holds(const Condition &condition, const FigureScope &scope, const Item &item) const
{
    if (condition.isAlways())
        return true;
    // An unknown figure makes its comparison false: nothing is said on the strength of it.
    const auto operand = [&](const Condition::Operand &operand) -> std::optional<qint64> {
        switch (operand.kind) {
        case Condition::Operand::Kind::Number:
            return operand.number;
        case Condition::Operand::Kind::Field:
            return field(operand.name, item).isEmpty() ? 0 : 1;
        case Condition::Operand::Kind::Figure:
            break;
        }
        return scope.number(operand.name);
    };
    const auto comparisonHolds = [&](const Condition::Comparison &c) {
        const std::optional<qint64> lhs = operand(c.lhs);
        const std::optional<qint64> rhs = c.op == Condition::Comparison::Op::Known ? 0 : operand(c.rhs);
        return lhs && rhs && compare(*lhs, c.op, *rhs);
    };
    for (const QList<Condition::Comparison> &all : condition.anyOf) {
        if (std::all_of(all.cbegin(), all.cend(), comparisonHolds))
            return true;
    }
    return false;
}

bool NarrativeGenerator::statesOnlyKnown(const TextPattern &pattern, const FigureScope &scope) const
{
    return std::all_of(pattern.pieces.cbegin(), pattern.pieces.cend(), [&](const PatternPiece &piece) {
        return piece.kind != PatternPiece::Kind::Figure || scope.value(piece.value)->known;
    });
}

const TextPattern *NarrativeGenerator::chooseCase(
    const QList<ClauseDef::Case> &cases, const FigureScope &scope, const Item &item) const
{
    for (const ClauseDef::Case &c : cases) {
        if (holds(c.when, scope, item) && statesOnlyKnown(c.text, scope))
            return &c.text;
    }
    return nullptr;
}

QList<NarrativeGenerator::Item> NarrativeGenerator::candidates(
    const RepeatDef &repeat, const Item &parent) const
{
    QList<Item> result;
    const QList<Project> &projects = m_document.data().projects;
    switch (repeat.source) {
    case RepeatDef::Source::None:
        break;
    case RepeatDef::Source::Rows:
        if (const LayoutTable *table = m_document.layout().table(repeat.table)) {
            for (const LayoutBlock &block : table->blocks) {
                if (!repeat.block.isEmpty() && block.def->key != repeat.block)
                    continue;
                for (const LayoutRow &row : block.rows) {
                    if (!row.code.isEmpty() && row.level == repeat.level)
                        result.append({ 0, row.code, row.label, parent.project, -1 });
                }
            }
        }
        break;
    case RepeatDef::Source::Projects:
        for (int i = 0; i < projects.size(); ++i)
            result.append({ 0, QString(), projects.at(i).name, i, -1 });
        break;
    case RepeatDef::Source::Outputs:
        if (parent.project >= 0 && parent.project < projects.size()) {
            for (int i = 0; i < projects.at(parent.project).outputs().size(); ++i)
                result.append({ 0, parent.code, parent.name, parent.project, i });
        }
        break;
    case RepeatDef::Source::List:
        for (const QJsonValue &value : ProfileLists::items(m_document.reportTemplate().part(repeat.table), repeat.table)) {
            const QJsonObject entry = value.toObject();
            result.append({ 0, entry.value(QLatin1String("id")).toString(), entry.value(QLatin1String("label")).toString(),
                            -1, -1, -1, entry.value(QLatin1String("text")).toString() });
        }
        break;
    case RepeatDef::Source::Units: {
        const QList<BudgetUnit> &units = m_document.data().department.units;
        for (int i = 0; i < units.size(); ++i)
            result.append({ 0, QString(), units.at(i).name, -1, -1, i });
        break;
    }
    }
    return result;
}

QList<NarrativeGenerator::Item> NarrativeGenerator::items(
    const RepeatDef &repeat, const FigureScope &scope, const Item &parent) const
{
    QList<Item> result;
    for (Item item : candidates(repeat, parent)) {
        const FigureScope itemScope(m_environment, repeat.figures, &scope, { item.code, item.project });
        if (!holds(repeat.where, itemScope, item))
            continue;
        item.index = int(result.size()) + 1;
        result.append(item);
    }
    return result;
}

QString NarrativeGenerator::field(const QString &name, const Item &item) const
{
    const DocumentData &data = m_document.data();
    const int year = data.department.year > 0 ? data.department.year : m_document.reportTemplate().year();
    const Project *project = item.project >= 0 && item.project < data.projects.size()
        ? &data.projects.at(item.project)
        : nullptr;
    const QList<PerformanceIndicator> outputs = project ? project->outputs() : QList<PerformanceIndicator>();
    const PerformanceIndicator *output
        = item.output >= 0 && item.output < outputs.size() ? &outputs.at(item.output) : nullptr;
    if (name == QLatin1String("year"))
        return QString::number(year);
    if (name == QLatin1String("prevYear"))
        return QString::number(year - 1);
    if (name == QLatin1String("department"))
        return data.department.name;
    if (name == QLatin1String("index"))
        return QString::number(item.index);
    if (name == QLatin1String("ordinal"))
        return chineseNumber(item.index);
    if (name == QLatin1String("code"))
        return item.code;
    if (name == QLatin1String("name"))
        return item.name;
    if (name == QLatin1String("text"))
        return item.text;
    if (name == QLatin1String("qualifiedName")) {
        const CodeBook &book = m_document.reportTemplate().functionalBook();
        return book.contains(item.code) ? book.qualifiedName(item.code) : item.name;
    }
    const QList<BudgetUnit> &units = data.department.units;
    const BudgetUnit *unit = item.unit >= 0 && item.unit < units.size() ? &units.at(item.unit) : nullptr;
    if (name == QLatin1String("unitKind"))
        return unit ? DepartmentInfo::kindName(unit->kind) + QStringLiteral("单位") : QString();
    if (name == QLatin1String("unitNote"))
        return unit && unit->merged ? QStringLiteral("预算不单列，并入本级") : QString();
    if (name == QLatin1String("indicator"))
        return output ? output->name : QString();
    if (name == QLatin1String("value"))
        return output ? output->actual : QString();
    if (name == QLatin1String("unit"))
        return output ? output->unit : QString();
    if (name == QLatin1String("problems"))
        return project ? inlineText(project->problems) : QString();
    if (name == QLatin1String("measures"))
        return project ? inlineText(project->measures) : QString();
    return QString();
}
