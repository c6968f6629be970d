#include "audit/textpatterns.h"

#include "document/document.h"
#include "audit/textrules.h"
#include "audit/textscanner.h"

namespace TextPatterns {

namespace {

class Reporter
{
public:
    Reporter(const ScannedText &text, const TextRules &rules, const QString &textKey)
        : m_text(text), m_rules(rules), m_textKey(textKey)
    {
    }

    Finding &add(const QString &kind, int start, int length, std::initializer_list<std::pair<QLatin1String, QString>> values)
    {
        const TextKindDef def = m_rules.kind(kind);
        Finding finding;
        finding.ruleId = def.id;
        finding.severity = def.severity;
        finding.kind = kind;
        finding.section = m_text.sections.at(m_text.sentences.at(m_text.sentenceAt(start)).section).label();
        finding.message = fillMessage(def.message, values);
        const int from = m_text.origin.at(start);
        const int to = m_text.origin.at(start + qMax(1, length) - 1) + 1;
        finding.locations.append(FindingLocation::inText(m_textKey, from, to - from));
        finding.explainKey = QStringLiteral("explain.%1.%2").arg(def.id).arg(from);
        m_findings.append(finding);
        return m_findings.last();
    }

    QList<Finding> findings() const { return m_findings; }

private:
    const ScannedText &m_text;
    const TextRules &m_rules;
    QString m_textKey;
    QList<Finding> m_findings;
};

void residue(const ScannedText &text, const TextRules &rules, Reporter *reporter)
{
    for (const QString &word : rules.residue) {
        for (qsizetype at = text.text.indexOf(word); at >= 0; at = text.text.indexOf(word, at + word.size())) {
            // "增加（减少）0 万元": the change is none, and the text should say 持平.
            const QStringView after = QStringView(text.text).mid(at + word.size(), 2);
            const bool zero = after.startsWith(u'0') && (after.size() < 2 || !after.at(1).isDigit())
                    && (after.size() < 2 || after.at(1) != QLatin1Char('.'));
            const QString hint = zero ? QStringLiteral("；增减为 0 时应写“持平”") : QString();
            reporter->add(QStringLiteral("residue"), int(at), int(word.size()),
                          { { QLatin1String("word"), word }, { QLatin1String("hint"), hint } });
        }
    }
}

// The kind of unit a name ends with ("局"), the longest kind that fits.
QString kindOf(const QString &name, const QStringList &kinds)
{
    QString found;
    for (const QString &kind : kinds) {
        if (name.endsWith(kind) && kind.size() > found.size())
            found = kind;
    }
    return found;
}

void selfNames(const ScannedText &text, const Document &document, const TextRules &rules, Reporter *reporter)
{
    const QString department = document.data().department.name;
    const QString own = kindOf(TextScanner::normalize(department), rules.selfKinds);
    if (own.isEmpty())
        return;
    const QString &t = text.text;
    for (const QString &prefix : rules.selfPrefixes) {
        for (qsizetype at = t.indexOf(prefix); at >= 0; at = t.indexOf(prefix, at + 1)) {
            const QStringView rest = QStringView(t).mid(at + prefix.size());
            bool neutral = false;
            for (const QString &word : rules.selfNeutral)
                neutral = neutral || rest.startsWith(word);
            QString kind;
            for (const QString &candidate : rules.selfKinds) {
                if (rest.startsWith(candidate) && candidate.size() > kind.size())
                    kind = candidate;
            }
            if (neutral || kind.isEmpty() || kind == own)
                continue;
            reporter->add(QStringLiteral("selfName"), int(at), int(prefix.size() + kind.size()),
                          { { QLatin1String("word"), prefix + kind }, { QLatin1String("department"), department },
                            { QLatin1String("kind"), own } })
                    .locations.append(FindingLocation::atDepartment());
        }
    }
}

void emptyStatements(const ScannedText &text, const Document &document, const TextRules &rules, Reporter *reporter)
{
    for (const EmptyStatementDef &statement : rules.emptyStatements) {
        const qsizetype at = text.text.indexOf(statement.phrase);
        if (at < 0)
            continue;
        const qint64 value = statement.value.evaluate(document, {});
        if (value == 0)
            continue; // nothing to state, or a figure out of range that the table audit reports
        Finding &f = reporter->add(QStringLiteral("emptyStatement"), int(at), int(statement.phrase.size()),
                                   { { QLatin1String("word"), statement.phrase }, { QLatin1String("label"), statement.label },
                                     { QLatin1String("data"), AuditValue::money(value).text() } });
        f.expected = AuditValue::money(value);
        for (const CellRef &ref : statement.value.cells({}))
            f.locations.append(FindingLocation::atCell(ref));
    }
}

} // namespace

QList<Finding> run(const ScannedText &text, const Document &document, const TextRules &rules, const QString &textKey)
{
    Reporter reporter(text, rules, textKey);
    residue(text, rules, &reporter);
    selfNames(text, document, rules, &reporter);
    emptyStatements(text, document, rules, &reporter);
    return reporter.findings();
}

} // namespace TextPatterns
