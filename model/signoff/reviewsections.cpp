#include "signoff/reviewsections.h"

#include "document/document.h"

#include <QCoreApplication>

namespace ReviewSections {

namespace {

QString partTitle(int part)
{
    switch (part) {
    case 1:
        return QCoreApplication::translate("ReviewSections", "Part 1 texts");
    case 3:
        return QCoreApplication::translate("ReviewSections", "Part 3 texts");
    case 4:
        return QCoreApplication::translate("ReviewSections", "Part 4 other matters");
    case 5:
        return QCoreApplication::translate("ReviewSections", "Part 5 glossary");
    default:
        return QCoreApplication::translate("ReviewSections", "Part %1 texts").arg(part);
    }
}

} // namespace

QList<Section> of(const Document &document)
{
    const ReportTemplate &reportTemplate = document.reportTemplate();
    QList<Section> sections { { QStringLiteral("department"), QCoreApplication::translate("ReviewSections", "Department") } };
    QList<int> parts;
    for (const TextSlot &slot : reportTemplate.texts()) {
        if (!parts.contains(slot.part))
            parts.append(slot.part);
    }
    const auto addPart = [&](int part) {
        if (parts.contains(part))
            sections.append({ QStringLiteral("part:%1").arg(part), partTitle(part) });
    };
    addPart(1);
    for (const TableDef &table : reportTemplate.tables())
        sections.append({ QStringLiteral("table:") + table.id, table.number + QLatin1Char(' ') + table.title });
    for (const TableDef &sheet : reportTemplate.sheets())
        sections.append({ QStringLiteral("sheet:") + sheet.id, sheet.title });
    sections.append({ QStringLiteral("reasons"), QCoreApplication::translate("ReviewSections", "Reasons and uses") });
    addPart(3);
    for (const int part : std::as_const(parts)) {
        if (part != 1 && part != 3)
            addPart(part);
    }
    for (const Project &project : document.data().projects)
        sections.append({ QStringLiteral("project:%1").arg(project.id), QCoreApplication::translate("ReviewSections", "Project: %1").arg(project.name) });
    return sections;
}

QStringList ofEntry(const Document &document, const QString &entry)
{
    if (entry.startsWith(QLatin1String("text:"))) {
        const QString key = entry.mid(5);
        for (const TextSlot &slot : document.reportTemplate().texts()) {
            if (slot.key == key)
                return { QStringLiteral("part:%1").arg(slot.part) };
        }
        return {};
    }
    if (entry == QLatin1String("projects")) {
        QStringList ids;
        for (const Project &project : document.data().projects)
            ids.append(QStringLiteral("project:%1").arg(project.id));
        return ids;
    }
    if (entry == QLatin1String("department") || entry == QLatin1String("reasons")
        || entry.startsWith(QLatin1String("table:")) || entry.startsWith(QLatin1String("sheet:"))
        || entry.startsWith(QLatin1String("project:")))
        return { entry };
    return {};
}

QString title(const Document &document, const QString &id)
{
    for (const Section &section : of(document)) {
        if (section.id == id)
            return section.title;
    }
    return id;
}

} // namespace ReviewSections
