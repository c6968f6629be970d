#include "rollup/rolluphash.h"

#include "document/documentdata.h"

#include <QCryptographicHash>

#include <algorithm>

namespace {

// Feeds fields separated by a character no input holds, so that ("ab", "c") ≠ ("a", "bc").
// The fields are gathered and hashed once: a roll-up hashes every unit it reads.
class Feed
{
public:
    void add(const QString &text) { append(text.toUtf8()); }
    void add(qint64 number) { append(QByteArray::number(number)); }
    void add(const std::optional<Money> &amount) { append(amount ? QByteArray::number(amount->fen()) : QByteArray("-")); }
    QString result() const
    {
        return QString::fromLatin1(QCryptographicHash::hash(m_bytes, QCryptographicHash::Sha256).toHex());
    }

private:
    void append(const QByteArray &field)
    {
        m_bytes += field;
        m_bytes += '\x1f';
    }

    QByteArray m_bytes;
};

void addProject(Feed &feed, const Project &project)
{
    for (const QString &text : { project.name, project.supervisor, project.implementer, project.goalPlanned,
                                 project.goalAchieved, project.problems, project.measures })
        feed.add(text);
    feed.add(project.tracked ? 1 : 0);
    for (int source = 0; source < FundSourceCount; ++source) {
        for (int column = 0; column < FundColumnCount; ++column)
            feed.add(project.funds.amount(FundSource(source), FundColumn(column)));
    }
    for (const PerformanceIndicator &indicator : project.indicators) {
        for (const QString &text : { indicator.name, indicator.target, indicator.unit, indicator.actual, indicator.deviation })
            feed.add(text);
        feed.add(int(indicator.category));
        feed.add(int(indicator.comparison));
        feed.add(indicator.weight ? indicator.weight->hundredths() : -1);
        feed.add(indicator.score ? indicator.score->hundredths() : -1);
    }
}

} // namespace

namespace RollupHash {

QString of(const DocumentData &data)
{
    Feed feed;
    feed.add(data.templateId);
    feed.add(data.department.name);
    feed.add(data.department.code);
    feed.add(data.department.year);
    for (const BudgetUnit &unit : data.department.units)
        feed.add(unit.toLine());
    QList<std::pair<QString, qint64>> cells;
    cells.reserve(data.cells.size());
    for (auto it = data.cells.constBegin(); it != data.cells.constEnd(); ++it)
        cells.append({ it.key().toString(), it.value() });
    std::sort(cells.begin(), cells.end());
    for (const auto &[ref, value] : cells) {
        feed.add(ref);
        feed.add(value);
    }
    for (auto it = data.classRows.constBegin(); it != data.classRows.constEnd(); ++it)
        feed.add(it.key() + QLatin1Char(':') + it.value().join(QLatin1Char(',')));
    // Funds change where a row is filed; a file without any hashes as it did before they came.
    for (auto it = data.rowFunds.constBegin(); it != data.rowFunds.constEnd(); ++it)
        feed.add(QStringLiteral("fund:") + it.key() + QLatin1Char('=') + it.value());
    for (auto it = data.texts.constBegin(); it != data.texts.constEnd(); ++it) {
        feed.add(it.key());
        feed.add(it.value());
    }
    for (const Project &project : data.projects)
        addProject(feed, project);
    return feed.result();
}

} // namespace RollupHash
