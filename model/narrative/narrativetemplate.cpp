#include "narrative/narrativetemplate.h"

#include "profile/reporttemplate.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("NarrativeTemplate", text);
}

// Reads the wording and checks that every figure a pattern or condition names is defined
// where it is used, so that a typo fails when the file is loaded rather than in the text.
class WordingReader {
public:
    WordingReader(const BudgetChoice &budget, QString *error)
        : m_budget(budget)
        , m_error(error)
    {
    }

    bool readFigures(const QJsonObject &json, FigureSet *set);
    // Makes `set` visible to everything read from now on.
    void enterScope(const FigureSet *set) { m_scopes.append(set); }
    bool readSections(const QJsonArray &json, std::vector<SectionDef> *sections);
    bool readParagraphs(const QJsonArray &json, std::vector<ParagraphDef> *paragraphs);
    bool pattern(const QJsonValue &json, TextPattern *pattern);

private:
    bool readSection(const QJsonObject &json, SectionDef *section);
    bool readParagraph(const QJsonValue &json, ParagraphDef *paragraph);
    bool readClause(const QJsonValue &json, ClauseDef *clause);
    bool readCases(const QJsonObject &json, QList<ClauseDef::Case> *cases);
    bool readRepeat(const QJsonObject &json, RepeatDef *repeat);
    bool condition(const QJsonValue &json, Condition *condition);
    bool known(const QString &name) const;
    bool fail(const QString &message);

    BudgetChoice m_budget;
    QString *m_error;
    QList<const FigureSet *> m_scopes; // innermost last
};

bool WordingReader::fail(const QString &message)
{
    *m_error = message;
    return false;
}

bool WordingReader::known(const QString &name) const
{
    for (const FigureSet *set : m_scopes) {
        if (set->contains(name))
            return true;
    }
    return false;
}

bool WordingReader::readFigures(const QJsonObject &json, FigureSet *set)
{
    const auto read = FigureSet::fromJson(json, m_budget, m_error);
    if (!read)
        return false;
    *set = *read;
    m_scopes.append(set);
    for (const FigureDef &def : set->defs) {
        if (def.kind == FigureDef::Kind::Amount || def.kind == FigureDef::Kind::Count
            || def.kind == FigureDef::Kind::Score)
            continue;
        for (const QString &name : { def.operand, def.base }) {
            if (!known(name))
                return fail(tr("Figure \"%1\" compares \"%2\", which is not defined.").arg(def.name, name));
        }
    }
    m_scopes.removeLast();
    return true;
}

bool WordingReader::pattern(const QJsonValue &json, TextPattern *pattern)
{
    *pattern = TextPattern::parse(json.toString(), m_error);
    if (!m_error->isEmpty())
        return false;
    for (const PatternPiece &piece : pattern->pieces) {
        if (piece.kind == PatternPiece::Kind::Figure && !known(piece.value))
            return fail(tr("\"%1\" names the figure \"%2\", which is not defined here.")
                            .arg(json.toString(), piece.value));
    }
    return true;
}

bool WordingReader::condition(const QJsonValue &json, Condition *condition)
{
    *condition = Condition::parse(json.toString(), m_error);
    if (!m_error->isEmpty())
        return false;
    for (const QString &name : condition->figureNames()) {
        if (!known(name))
            return fail(
                tr("Condition \"%1\" names \"%2\", which is not defined here.").arg(json.toString(), name));
    }
    return true;
}

bool WordingReader::readRepeat(const QJsonObject &json, RepeatDef *repeat)
{
    const QJsonValue source = json.value(QLatin1String("repeat"));
    if (source.isUndefined())
        return true;
    if (source.toString() == QLatin1String("projects")) {
        repeat->source = RepeatDef::Source::Projects;
    } else if (source.toString() == QLatin1String("outputs")) {
        repeat->source = RepeatDef::Source::Outputs;
    } else if (source.toString() == QLatin1String("units")) {
        repeat->source = RepeatDef::Source::Units;
    } else if (source.isObject() && source.toObject().contains(QLatin1String("list"))) {
        repeat->source = RepeatDef::Source::List;
        repeat->table = source.toObject().value(QLatin1String("list")).toString();
        if (repeat->table.isEmpty())
            return fail(tr("A repeat over a list needs the part it comes from: {\"list\": \"vehicles\"}."));
    } else if (source.isObject()) {
        const QJsonObject rows = source.toObject();
        repeat->source = RepeatDef::Source::Rows;
        repeat->table = rows.value(QLatin1String("rows")).toString();
        repeat->block = rows.value(QLatin1String("block")).toString();
        repeat->level = rows.value(QLatin1String("level")).toInt();
        if (repeat->table.isEmpty() || repeat->level <= 0)
            return fail(tr("A repeat over rows needs \"rows\" (a table) and \"level\"."));
    } else {
        return fail(tr("\"repeat\" must be \"projects\", \"outputs\", \"units\", {\"rows\": …} or {\"list\": …}."));
    }
    return readFigures(json.value(QLatin1String("figures")).toObject(), &repeat->figures);
}

bool WordingReader::readCases(const QJsonObject &json, QList<ClauseDef::Case> *cases)
{
    if (json.contains(QLatin1String("text"))) {
        ClauseDef::Case single;
        if (!pattern(json.value(QLatin1String("text")), &single.text))
            return false;
        cases->append(single);
    }
    for (const QLatin1String key : { QLatin1String("cases"), QLatin1String("join") }) {
        for (const QJsonValue &value : json.value(key).toArray()) {
            ClauseDef::Case c;
            if (!condition(value.toObject().value(QLatin1String("when")), &c.when)
                || !pattern(value.toObject().value(QLatin1String("text")), &c.text))
                return false;
            cases->append(c);
        }
    }
    return true;
}

bool WordingReader::readClause(const QJsonValue &json, ClauseDef *clause)
{
    if (json.isString()) {
        ClauseDef::Case single;
        if (!pattern(json, &single.text))
            return false;
        clause->cases.append(single);
        return true;
    }
    const QJsonObject object = json.toObject();
    if (!condition(object.value(QLatin1String("when")), &clause->when)
        || !readRepeat(object, &clause->repeat))
        return false;
    if (clause->repeat.isActive())
        m_scopes.append(&clause->repeat.figures);
    const bool ok = condition(object.value(QLatin1String("where")), &clause->repeat.where)
        && readCases(object, &clause->cases)
        && pattern(object.value(QLatin1String("single")), &clause->single);
    if (clause->repeat.isActive())
        m_scopes.removeLast();
    clause->separator = object.value(QLatin1String("separator")).toString();
    clause->join = object.contains(QLatin1String("join"));
    if (clause->join && (clause->repeat.isActive() || object.contains(QLatin1String("cases"))))
        return fail(tr("A clause with \"join\" can have neither \"repeat\" nor \"cases\"."));
    return ok && pattern(object.value(QLatin1String("empty")), &clause->empty);
}

bool WordingReader::readParagraph(const QJsonValue &json, ParagraphDef *paragraph)
{
    if (json.isString()) {
        paragraph->clauses.append(ClauseDef());
        return readClause(json, &paragraph->clauses.last());
    }
    const QJsonObject object = json.toObject();
    if (!condition(object.value(QLatin1String("when")), &paragraph->when)
        || !readRepeat(object, &paragraph->repeat))
        return false;
    paragraph->userText = object.value(QLatin1String("userText")).toString();
    const QJsonObject insert = object.value(QLatin1String("insert")).toObject();
    paragraph->insertAfter = insert.value(QLatin1String("after")).toString();
    if (!readParagraphs(insert.value(QLatin1String("paragraphs")).toArray(), &paragraph->inserted))
        return false;
    if (paragraph->repeat.isActive())
        m_scopes.append(&paragraph->repeat.figures);
    bool ok = condition(object.value(QLatin1String("where")), &paragraph->repeat.where);
    if (ok && (object.contains(QLatin1String("text")) || object.contains(QLatin1String("cases")))) {
        paragraph->clauses.append(ClauseDef());
        ok = readCases(object, &paragraph->clauses.last().cases);
    }
    for (const QJsonValue &value : object.value(QLatin1String("clauses")).toArray()) {
        if (!ok)
            break;
        paragraph->clauses.append(ClauseDef());
        ok = readClause(value, &paragraph->clauses.last());
    }
    if (paragraph->repeat.isActive())
        m_scopes.removeLast();
    return ok;
}

bool WordingReader::readParagraphs(const QJsonArray &json, std::vector<ParagraphDef> *paragraphs)
{
    paragraphs->resize(size_t(json.size()));
    for (qsizetype i = 0; i < json.size(); ++i) {
        if (!readParagraph(json.at(i), &(*paragraphs)[size_t(i)]))
            return false;
    }
    return true;
}

bool WordingReader::readSection(const QJsonObject &json, SectionDef *section)
{
    return pattern(json.value(QLatin1String("title")), &section->title)
        && readParagraphs(json.value(QLatin1String("paragraphs")).toArray(), &section->paragraphs)
        && readSections(json.value(QLatin1String("sections")).toArray(), &section->sections);
}

bool WordingReader::readSections(const QJsonArray &json, std::vector<SectionDef> *sections)
{
    sections->resize(size_t(json.size()));
    for (qsizetype i = 0; i < json.size(); ++i) {
        if (!readSection(json.at(i).toObject(), &(*sections)[size_t(i)]))
            return false;
    }
    return true;
}

} // namespace

std::shared_ptr<const NarrativeTemplate> NarrativeTemplate::fromJson(const QJsonObject &json, const BudgetChoice &budget,
                                                                     QString *error)
{
    auto wording = std::make_shared<NarrativeTemplate>();
    error->clear();
    wording->m_templateId = json.value(QLatin1String("template")).toString();
    const QJsonObject settings = json.value(QLatin1String("settings")).toObject();
    wording->m_notComparable
        = settings.value(QLatin1String("notComparable")).toString(QStringLiteral("--（基数为0，不可比）"));
    wording->m_missingText
        = settings.value(QLatin1String("missingText")).toString(QStringLiteral("（待说明）"));
    const QJsonObject phrases = json.value(QLatin1String("phrases")).toObject();
    for (auto it = phrases.constBegin(); it != phrases.constEnd(); ++it) {
        const QJsonObject phrase = it.value().toObject();
        const auto text = [&](const char *key) { return phrase.value(QLatin1String(key)).toString(); };
        wording->m_phrases.insert(
            it.key(), { text("up"), text("down"), text("flat"), text("upFromZero"), text("downFromZero") });
    }

    WordingReader reader(budget.overriddenBy(settings.value(QLatin1String("budget"))), error);
    const auto fail = [&](const QString &why) {
        *error = tr("Narrative wording %1: %2").arg(wording->m_templateId, why);
        return nullptr;
    };
    if (!reader.readFigures(json.value(QLatin1String("figures")).toObject(), &wording->m_figures))
        return fail(*error);
    for (const FigureDef &def : wording->m_figures.defs) {
        if (def.kind == FigureDef::Kind::Change && !wording->m_phrases.contains(def.phrase))
            return fail(
                tr("figure \"%1\" uses the phrase \"%2\", which is not defined.").arg(def.name, def.phrase));
    }
    reader.enterScope(&wording->m_figures);
    for (const QJsonValue &value : json.value(QLatin1String("parts")).toArray()) {
        const QJsonObject object = value.toObject();
        PartDef part;
        part.number = object.value(QLatin1String("part")).toInt();
        if (!reader.pattern(object.value(QLatin1String("title")), &part.title)
            || !reader.readParagraphs(object.value(QLatin1String("paragraphs")).toArray(), &part.paragraphs)
            || !reader.readSections(object.value(QLatin1String("sections")).toArray(), &part.sections))
            return fail(*error);
        wording->m_parts.push_back(std::move(part));
    }
    if (wording->m_templateId.isEmpty() || wording->m_parts.empty())
        return fail(tr("no template id or no parts."));
    return wording;
}

std::shared_ptr<const NarrativeTemplate> NarrativeTemplate::forTemplate(
    const ReportTemplate &reportTemplate, QString *error)
{
    const QJsonObject json = reportTemplate.part(QStringLiteral("narrative"));
    if (json.isEmpty()) {
        *error = tr("There is no narrative wording for template %1.").arg(reportTemplate.id());
        return nullptr;
    }
    return fromJson(json, reportTemplate.budgetChoice(QStringLiteral("narrative")), error);
}
