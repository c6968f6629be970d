#include "signoff/sectionfingerprint.h"

#include "document/document.h"
#include "signoff/reviewsections.h"

#include <QCryptographicHash>

namespace SectionFingerprint {

namespace {

// The content of the sections, field by field; each field ends with a separator no text can
// hold unescaped, so that "ab"+"c" and "a"+"bc" differ.
class Contents
{
public:
    void add(const QString &section, const QString &field)
    {
        QByteArray &bytes = m_bytes[section];
        bytes += field.toUtf8();
        bytes += '\x1f';
    }
    void add(const QString &section, qint64 number) { add(section, QString::number(number)); }
    void add(const QString &section, const std::optional<Money> &amount)
    {
        add(section, amount ? QString::number(amount->fen()) : QStringLiteral("-"));
    }
    void touch(const QString &section) { m_bytes[section]; }

    QHash<QString, QString> hashes() const
    {
        QHash<QString, QString> result;
        for (auto it = m_bytes.constBegin(); it != m_bytes.constEnd(); ++it)
            result.insert(it.key(),
                          QString::fromLatin1(QCryptographicHash::hash(it.value(), QCryptographicHash::Sha256).toHex()));
        return result;
    }

private:
    QHash<QString, QByteArray> m_bytes;
};

QString sheetSection(const ReportTemplate &reportTemplate, const QString &sheet)
{
    for (const TableDef &table : reportTemplate.tables()) {
        if (table.id == sheet)
            return QStringLiteral("table:") + sheet;
    }
    return QStringLiteral("sheet:") + sheet;
}

void addProject(Contents *contents, const Project &project)
{
    const QString section = QStringLiteral("project:%1").arg(project.id);
    for (const QString &field : { project.name, project.supervisor, project.implementer, project.goalPlanned,
                                  project.goalAchieved, project.problems, project.measures })
        contents->add(section, field);
    contents->add(section, project.tracked ? 1 : 0);
    for (int f = 0; f < FundSourceCount; ++f) {
        for (int c = 0; c < FundColumnCount; ++c)
            contents->add(section, project.funds.amount(FundSource(f), FundColumn(c)));
    }
    for (const PerformanceIndicator &indicator : project.indicators) {
        contents->add(section, int(indicator.category));
        contents->add(section, int(indicator.comparison));
        for (const QString &field : { indicator.name, indicator.target, indicator.unit, indicator.actual,
                                      indicator.deviation,
                                      indicator.weight ? indicator.weight->toShortString() : QStringLiteral("-"),
                                      indicator.score ? indicator.score->toShortString() : QStringLiteral("-") })
            contents->add(section, field);
    }
}

} // namespace

QHash<QString, QString> all(const Document &document)
{
    const ReportTemplate &reportTemplate = document.reportTemplate();
    const DocumentData &data = document.data();
    Contents contents;
    for (const ReviewSections::Section &section : ReviewSections::of(document))
        contents.touch(section.id);

    const Recalculator &values = document.values();
    for (int i = 0; i < values.cellCount(); ++i) {
        const CellRef ref = values.cellAt(i);
        const QString section = sheetSection(reportTemplate, ref.sheet);
        contents.add(section, ref.row + QLatin1Char('/') + ref.column);
        contents.add(section, values.isKnownAt(i) ? QString::number(values.valueAt(i)) : QStringLiteral("-"));
    }
    for (auto it = data.classRows.constBegin(); it != data.classRows.constEnd(); ++it)
        contents.add(sheetSection(reportTemplate, it.key()), it.value().join(QLatin1Char(',')));

    const DepartmentInfo &department = data.department;
    const QString departmentSection = QStringLiteral("department");
    contents.add(departmentSection, department.name);
    contents.add(departmentSection, department.code);
    contents.add(departmentSection, department.year);
    contents.add(departmentSection, department.published.toString(Qt::ISODate));
    for (const BudgetUnit &unit : department.units)
        contents.add(departmentSection, unit.toLine());

    for (const TextSlot &slot : reportTemplate.texts()) {
        const QString section = QStringLiteral("part:%1").arg(slot.part);
        contents.add(section, slot.key);
        contents.add(section, data.texts.value(slot.key));
    }
    for (auto it = data.texts.constBegin(); it != data.texts.constEnd(); ++it) {
        for (const QString &prefix : reportTemplate.textPrefixes()) {
            if (it.key().startsWith(prefix)) {
                contents.add(QStringLiteral("reasons"), it.key());
                contents.add(QStringLiteral("reasons"), it.value());
                break;
            }
        }
    }
    for (const Project &project : data.projects)
        addProject(&contents, project);
    return contents.hashes();
}

QString combined(const QHash<QString, QString> &fingerprints, const QStringList &sections)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &section : sections) {
        hash.addData(section.toUtf8());
        hash.addData(QByteArrayView("\x1f"));
        hash.addData(fingerprints.value(section).toLatin1());
        hash.addData(QByteArrayView("\x1e"));
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace SectionFingerprint
