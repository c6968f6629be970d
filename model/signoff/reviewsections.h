#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class Document;

// The sections a document is reviewed in, in the document's order: the department, the texts
// of each part, each table, each sheet, the reasons and each project. Their ids follow the
// navigation's entries where there is one ("table:T5", "sheet:PRIOR"), so that a mark and a
// context menu in the navigation find their section.
namespace ReviewSections {

struct Section
{
    QString id;    // "department", "part:1", "table:T5", "sheet:PRIOR", "reasons", "project:3"
    QString title; // as the navigation shows it
};

QList<Section> of(const Document &document);
// The sections a navigation entry stands for ("text:duties" → "part:1", "projects" → every
// project); empty when it has none (the generated narrative, the charts).
QStringList ofEntry(const Document &document, const QString &entry);
// The title of a section, or the id itself for a section the document no longer has.
QString title(const Document &document, const QString &id);

} // namespace ReviewSections
