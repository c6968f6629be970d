#include "audit/tableaudit.h"

#include "audit/rulebook.h"
#include "document/document.h"
#include "money/ratio.h"
#include "profile/checkrunner.h"
#include "profile/reporttemplate.h"

#include <QCoreApplication>

#include <algorithm>

namespace TableAudit {

namespace {

bool isBlank(const QString &text)
{
    return Finding::isBlankExplanation(text);
}

AuditValue valueOf(qint64 value, bool count)
{
    return count ? AuditValue::count(value) : AuditValue::money(value);
}

QList<FindingLocation> locationsOf(const Document &document, const QList<CellRef> &cells)
{
    QList<FindingLocation> locations;
    for (const CellRef &ref : cells) {
        const FindingLocation location = FindingLocation::atCell(ref);
        if (document.layout().contains(ref) && !locations.contains(location))
            locations.append(location);
    }
    return locations;
}

Severity severityOf(Rule::Level level)
{
    switch (level) {
    case Rule::Level::Error:
        return Severity::Error;
    case Rule::Level::Warning:
        return Severity::Warning;
    case Rule::Level::Info:
        break;
    }
    return Severity::Info;
}

// Every derived cell that is out of range: one error at the cell.
void runOutOfRangeCells(const Document &document, QList<Finding> *findings)
{
    const Recalculator &values = document.values();
    for (const int cell : values.outOfRangeCells()) {
        Finding finding;
        finding.ruleId = QStringLiteral("outOfRange");
        finding.severity = Severity::Error;
        finding.kind = QStringLiteral("outOfRange");
        finding.message = QCoreApplication::translate(
                "Audit", "These figures add up beyond ±1,000,000,000,000 元 and cannot be computed: check the amounts they add.");
        finding.locations = locationsOf(document, { values.cellAt(cell) });
        findings->append(finding);
    }
}

// The template's checks: CheckRunner says which fail; a failed identity within the rounding
// tolerance is a tail difference (尾数差), a warning.
void runTemplateChecks(const Document &document, QList<Finding> *findings)
{
    for (const CheckResult &result : CheckRunner::failures(document)) {
        const Rule &check = *result.check;
        Finding finding;
        finding.ruleId = check.id;
        finding.severity = severityOf(check.severity);
        finding.kind = check.family;
        finding.message = result.message;
        const RuleExpression::Scope scope { result.code, -1 };
        const QList<CellRef> cells = check.lhs.cells(scope, &document) + check.rhs.cells(scope, &document);
        if (!std::all_of(cells.cbegin(), cells.cend(), [&](const CellRef &ref) { return document.isKnown(ref); }))
            continue; // an identity over an unknown figure proves nothing; the rules ask for the figure
        const bool count = !cells.isEmpty() && document.layout().valueType(cells.first()) == ValueType::Count;
        if (!result.overflow) {
            finding.actual = valueOf(result.lhs, count);
            finding.expected = valueOf(result.rhs, count);
            finding.difference = valueOf(result.lhs - result.rhs, count);
        }
        const qint64 tolerance = tailToleranceFen(qMax(check.lhs.termCount(), check.rhs.termCount()));
        if (check.tolerance == Rule::Tolerance::Tail && !result.overflow && !count
            && qAbs(result.lhs - result.rhs) <= tolerance) {
            finding.severity = Severity::Warning;
            finding.kind = QStringLiteral("tail");
            finding.message += QCoreApplication::translate("Audit", "差额在尾数允许范围 %1 以内，属尾数差。")
                                       .arg(AuditValue::money(tolerance).text());
        }
        finding.locations = locationsOf(document, cells);
        finding.section = cells.isEmpty() ? QString() : cells.first().sheet;
        finding.explainKey = QStringLiteral("explain.") + check.id
                + (result.code.isEmpty() ? QString() : QLatin1Char('.') + result.code);
        findings->append(finding);
    }
}

// What a rule runs over: one empty scope, the codes of a table, or the projects.
QList<RuleExpression::Scope> scopesOf(const Document &document, const Rule &rule)
{
    if (rule.each.isEmpty())
        return { RuleExpression::Scope {} };
    QList<RuleExpression::Scope> scopes;
    if (rule.each == QLatin1String("@projects")) {
        for (int i = 0; i < document.data().projects.size(); ++i)
            scopes.append({ QString(), i });
        return scopes;
    }
    const LayoutTable *table = document.layout().table(rule.each);
    if (!table)
        return scopes;
    for (const LayoutBlock &block : table->blocks) {
        for (const LayoutRow &row : block.rows) {
            if (!row.code.isEmpty() && (rule.level == 0 || row.level == rule.level))
                scopes.append({ row.code, -1 });
        }
    }
    return scopes;
}

QString nameOf(const Document &document, const RuleExpression::Scope &scope)
{
    if (scope.project >= 0)
        return document.data().projects.at(scope.project).name;
    return scope.code.isEmpty() ? QString() : document.reportTemplate().functionalBook().name(scope.code);
}

QString reasonKeyOf(const Rule &rule, const RuleExpression::Scope &scope)
{
    return QString(rule.reasonKey).replace(QLatin1String("{code}"), scope.code);
}

QString reasonText(const Document &document, const QString &key, const RuleExpression::Scope &scope)
{
    if (key == QLatin1String("@project.problems"))
        return document.data().projects.at(scope.project).problems;
    return document.data().texts.value(key);
}

void departmentSection(const Document &document, const Rule &rule, QList<Finding> *findings)
{
    const QString &name = document.data().department.name;
    for (const QString &word : rule.nameContains) {
        if (name.contains(word))
            return;
    }
    const CodeBook &book = document.reportTemplate().functionalBook();
    QStringList codes;
    Finding finding;
    for (const RuleExpression::Scope &scope : scopesOf(document, rule)) {
        if (CodeBook::levelOf(scope.code) != CodeBook::Item || !scope.code.startsWith(rule.code))
            continue;
        codes.append(scope.code + QLatin1Char(' ') + book.name(scope.code));
        finding.locations.append(FindingLocation::atCell({ rule.each, scope.code, QStringLiteral("total") }));
    }
    if (codes.isEmpty())
        return;
    finding.locations.append(FindingLocation::atDepartment());
    finding.message = fillMessage(rule.message, { { QLatin1String("code"), rule.code },
                                                  { QLatin1String("name"), book.name(rule.code) },
                                                  { QLatin1String("codes"), codes.join(QStringLiteral("、")) },
                                                  { QLatin1String("department"), name } });
    finding.explainKey = QStringLiteral("explain.") + rule.id;
    findings->append(finding);
}

// Whether the rule fires for one scope; fills the rate text for change and completion rules.
bool fires(const Rulebook &book, const Rule &rule, qint64 lhs, qint64 rhs, QString *rate, QString *direction)
{
    switch (rule.kind) {
    case Rule::Kind::Compare:
        return !rule.holds(lhs, rhs);
    case Rule::Kind::Implies:
        return lhs > 0 && rhs == 0;
    case Rule::Kind::Reason:
        return lhs != rhs;
    case Rule::Kind::Change: {
        if (rhs == 0 || (rule.upOnly && lhs <= rhs))
            return false;
        const Ratio ratio = Ratio::changeRate(Money::fromFen(lhs), Money::fromFen(rhs));
        const qint64 scaled = ratio.percentScaled(2).value_or(0);
        *rate = Ratio::formatScaled(qAbs(scaled), 2) + QLatin1Char('%');
        *direction = lhs > rhs ? QStringLiteral("增加") : QStringLiteral("减少");
        const int threshold = rule.thresholdPercent >= 0 ? rule.thresholdPercent : book.changeThresholdPercent();
        return qAbs(scaled) > threshold * 100;
    }
    case Rule::Kind::Completion: {
        if (rhs == 0) {
            *rate = QCoreApplication::translate("Audit", "（无预算）");
            return lhs != 0;
        }
        const qint64 scaled = Ratio::completion(Money::fromFen(lhs), Money::fromFen(rhs)).percentScaled(2).value_or(0);
        *rate = Ratio::formatScaled(scaled, 2) + QLatin1Char('%');
        return scaled > 10000 || scaled < book.completionLowPercent() * 100;
    }
    case Rule::Kind::DepartmentSection:
        break;
    }
    return false;
}

// "上年决算数：一般公共预算财政拨款支出", for asking for a figure.
QString cellName(const Document &document, const CellRef &ref)
{
    const LayoutTable *table = document.layout().table(ref.sheet);
    const LayoutRow *row = table ? table->row(ref.row) : nullptr;
    if (!row)
        return ref.toString();
    QString name = table->def->title + QStringLiteral("：") + row->label;
    const ColumnDef *column = document.layout().column(ref);
    if (column && table->def->blocks.size() * table->def->blocks.constFirst().columns.size() > 1)
        name += QStringLiteral("（") + column->title.join(QString()) + QStringLiteral("）");
    return name;
}

// A rule that reads an unknown figure (last year's, a budget) asks for it instead of
// comparing against zero; true when it did.
bool askForUnknown(const Document &document, const Rule &rule, const RuleExpression::Scope &scope,
                   QList<Finding> *findings)
{
    QStringList names;
    QList<CellRef> unknown;
    for (const CellRef &ref : rule.lhs.cells(scope, &document) + rule.rhs.cells(scope, &document)) {
        if (document.isKnown(ref) || unknown.contains(ref))
            continue;
        unknown.append(ref);
        names.append(QStringLiteral("“") + cellName(document, ref) + QStringLiteral("”"));
    }
    if (unknown.isEmpty())
        return false;
    // A document that has nothing to compare yet (a new one) is not asked for last year's figures.
    if (rule.lhs.evaluate(document, scope) == 0 && rule.rhs.evaluate(document, scope) == 0)
        return true;
    Finding finding;
    finding.kind = QStringLiteral("missingFigure");
    finding.severity = Severity::Warning;
    finding.message = QCoreApplication::translate("Audit", "%1未填写，无法比较；请填写该数（确为零的填 0）。")
                              .arg(names.join(QStringLiteral("、")));
    finding.locations = locationsOf(document, unknown);
    finding.explainKey = QStringLiteral("explain.") + rule.id + QStringLiteral(".unknown")
            + (scope.code.isEmpty() ? QString() : QLatin1Char('.') + scope.code);
    findings->append(finding);
    return true;
}

void runRule(const Document &document, const Rulebook &book, const Rule &rule, QList<Finding> *findings)
{
    if (rule.kind == Rule::Kind::DepartmentSection) {
        departmentSection(document, rule, findings);
        return;
    }
    const bool count = rule.lhs.isCount(document);
    for (const RuleExpression::Scope &scope : scopesOf(document, rule)) {
        if (askForUnknown(document, rule, scope, findings))
            continue;
        qint64 lhs = 0;
        qint64 rhs = 0;
        qint64 difference = 0;
        if (!rule.lhs.evaluate(document, scope, &lhs) || !rule.rhs.evaluate(document, scope, &rhs)
            || qSubOverflow(lhs, rhs, &difference)) {
            Finding finding;
            finding.message = QCoreApplication::translate("Audit", "The figures of rule %1 are too large to compute; the rule cannot be checked.")
                                      .arg(rule.id);
            finding.locations = locationsOf(document, rule.lhs.cells(scope, &document) + rule.rhs.cells(scope, &document));
            findings->append(finding);
            continue;
        }
        QString rate;
        QString direction;
        if (!fires(book, rule, lhs, rhs, &rate, &direction))
            continue;
        const QString reasonKey = reasonKeyOf(rule, scope);
        if (rule.kind == Rule::Kind::Reason && !isBlank(reasonText(document, reasonKey, scope)))
            continue;
        Finding finding;
        finding.actual = valueOf(lhs, count);
        finding.expected = valueOf(rhs, count);
        finding.difference = valueOf(difference, count);
        const int threshold = rule.thresholdPercent >= 0 ? rule.thresholdPercent : book.changeThresholdPercent();
        finding.message = fillMessage(rule.message, { { QLatin1String("lhs"), finding.actual.text() },
                                                      { QLatin1String("rhs"), finding.expected.text() },
                                                      { QLatin1String("diff"), valueOf(qAbs(difference), count).text() },
                                                      { QLatin1String("code"), scope.code },
                                                      { QLatin1String("name"), nameOf(document, scope) },
                                                      { QLatin1String("rate"), rate },
                                                      { QLatin1String("direction"), direction },
                                                      { QLatin1String("threshold"), QString::number(threshold) + QLatin1Char('%') } });
        finding.locations = locationsOf(document, rule.lhs.cells(scope, &document) + rule.rhs.cells(scope, &document));
        if (scope.project >= 0)
            finding.locations.prepend(FindingLocation::atProject(scope.project));
        if (!reasonKey.isEmpty() && !reasonKey.startsWith(QLatin1Char('@'))) {
            finding.explainKey = reasonKey;
        } else {
            finding.explainKey = QStringLiteral("explain.") + rule.id
                    + (scope.code.isEmpty() ? QString() : QLatin1Char('.') + scope.code)
                    + (scope.project >= 0 ? QLatin1Char('.') + QString::number(document.data().projects.at(scope.project).id)
                                          : QString());
        }
        if (reasonKey.startsWith(QLatin1Char('@')) && !isBlank(reasonText(document, reasonKey, scope)))
            finding.explanation = reasonText(document, reasonKey, scope);
        findings->append(finding);
    }
}

} // namespace

QList<Finding> run(const Document &document, const Rulebook &rules)
{
    QList<Finding> findings;
    runOutOfRangeCells(document, &findings);
    runTemplateChecks(document, &findings);
    for (const Rule &rule : rules.rules()) {
        const qsizetype first = findings.size();
        runRule(document, rules, rule, &findings);
        for (qsizetype i = first; i < findings.size(); ++i) {
            Finding &finding = findings[i];
            finding.ruleId = rule.id;
            finding.section = rule.section;
            if (finding.kind == QLatin1String("missingFigure"))
                continue; // a question, whatever the rule's own severity
            finding.severity = severityOf(rule.severity);
            finding.kind = rule.family;
        }
    }
    // A missing reason that a change or completion finding already asks for is said once.
    QStringList asked;
    for (const Finding &finding : std::as_const(findings)) {
        if (finding.kind == QLatin1String("change") || finding.kind == QLatin1String("completion"))
            asked.append(finding.explainKey);
    }
    findings.removeIf([&](const Finding &finding) {
        return finding.kind == QLatin1String("missingReason") && asked.contains(finding.explainKey);
    });
    return findings;
}

} // namespace TableAudit
