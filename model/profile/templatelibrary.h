#pragma once

#include "profile/codebook.h"
#include "profile/reporttemplate.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>

// The template sets and code books this installation knows, read from data files: the bundled
// ones in the resources, and any a province adds to a folder of its own.
class TemplateLibrary
{
public:
    // Reads `codebooks/*.json` and `profiles/<id>/tables.json` below each folder; later folders may add
    // templates but not replace an id already read.
    static std::unique_ptr<TemplateLibrary> load(const QStringList &folders, QString *error);
    // The bundled templates (":/codebooks", ":/profiles").
    static std::unique_ptr<TemplateLibrary> loadBuiltIn(QString *error);

    std::shared_ptr<const ReportTemplate> find(const QString &id) const { return m_templates.value(id); }
    QStringList ids() const;
    QString defaultId() const { return QStringLiteral("hubei-2024"); }

private:
    QHash<QString, std::shared_ptr<const CodeBook>> m_books;
    QHash<QString, std::shared_ptr<const ReportTemplate>> m_templates;
};
