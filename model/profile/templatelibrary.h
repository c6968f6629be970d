#pragma once

#include "profile/codebook.h"
#include "profile/profilepackage.h"
#include "profile/profileschemas.h"
#include "profile/reporttemplate.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

// The profiles and code books this installation knows, read from data: the built-in packages,
// then the user's folder, then any folder given with --profiles. Each package, a built-in one
// too, is checked against the schemas (resources/schema/) before its parts are read; a broken
// package is refused with its faults (issues()); the others still load.
class TemplateLibrary
{
public:
    // A folder of profile packages (each a folder with its profile.json) and what to call it.
    struct Source
    {
        QString folder;
        QString label;
    };

    // Reads the schemas below ":/schema" and the code books below ":/codebooks", then the
    // packages of each source in order; a later source may add profiles but not replace an id
    // already read. Fails (nullptr, with `error`) only when the schemas or code books are
    // broken or no profile at all can be used.
    static std::unique_ptr<TemplateLibrary> load(const QList<Source> &sources, QString *error);
    // The built-in packages only (":/profiles").
    static std::unique_ptr<TemplateLibrary> loadBuiltIn(QString *error);
    // Built-in, the user's folder (AppDataLocation/profiles), then `extraFolders` (--profiles).
    static QList<Source> standardSources(const QStringList &extraFolders);
    // A check of a built profile's part that the profile's readers leave to the code that uses
    // the part (roll-forward rules, the code map, the PDF layout read by libraries above this one).
    using PartCheck = std::function<QList<ProfilePartFault>(const ReportTemplate &)>;
    // Faults of the package in `folder` (empty: it is sound), its bases taken from this library;
    // `partChecks` run once the profile is built, each fault traced to the file that holds it.
    QList<ProfileIssue> check(const QString &folder, const QList<PartCheck> &partChecks = {}) const;

    std::shared_ptr<const ReportTemplate> find(const QString &id) const { return m_templates.value(id); }
    // The usable profiles, sorted; base packages are not among them.
    QStringList ids() const;
    QString defaultId() const { return QStringLiteral("hubei-2024"); }
    // Every package read, base packages included, in the order read.
    const QList<ProfilePackage> &packages() const { return m_packages; }
    // Why packages were refused.
    const QList<ProfileIssue> &issues() const { return m_issues; }

private:
    explicit TemplateLibrary(ProfileSchemas schemas) : m_schemas(std::move(schemas)) { }

    // `package` and the packages it extends, most derived first, with their schema faults
    // appended to `issues`; nullopt when a base is missing or a fault was found.
    std::optional<QList<const ProfilePackage *>> checkedChain(const ProfilePackage &package, QList<ProfileIssue> *issues) const;
    // Builds the profile of `package`: the schemas first, then the typed readers.
    std::shared_ptr<const ReportTemplate> build(const ProfilePackage &package, QList<ProfileIssue> *issues) const;

    ProfileSchemas m_schemas;
    QHash<QString, std::shared_ptr<const CodeBook>> m_books;
    QList<ProfilePackage> m_packages;
    QHash<QString, std::shared_ptr<const ReportTemplate>> m_templates;
    QList<ProfileIssue> m_issues;
};
