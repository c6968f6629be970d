#include "profile/templatelibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>

namespace {

// The context lupdate sees for this file's messages.
struct LibraryText
{
    Q_DECLARE_TR_FUNCTIONS(TemplateLibrary)
};

bool readBook(const QString &path, QHash<QString, std::shared_ptr<const CodeBook>> *books, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = LibraryText::tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!json.isObject()) {
        *error = LibraryText::tr("%1 is not valid JSON: %2").arg(path, parseError.errorString());
        return false;
    }
    const std::shared_ptr<const CodeBook> book = CodeBook::fromJson(json.object(), error);
    if (!book)
        return false;
    books->insert(book->id(), book);
    return true;
}

// A source folder holds package folders; a folder given on its own may also be one package.
QStringList packageFolders(const QString &folder)
{
    const QDir dir(folder);
    if (dir.exists(QStringLiteral("profile.json")))
        return { dir.path() };
    QStringList folders;
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (QFile::exists(dir.filePath(name + QLatin1String("/profile.json"))))
            folders.append(dir.filePath(name));
    }
    return folders;
}

} // namespace

std::unique_ptr<TemplateLibrary> TemplateLibrary::load(const QList<Source> &sources, QString *error)
{
    const ProfileSchemas *schemas = ProfileSchemas::builtIn(error);
    if (!schemas)
        return nullptr;
    auto library = std::unique_ptr<TemplateLibrary>(new TemplateLibrary(*schemas));
    const QDir books(QStringLiteral(":/codebooks"));
    for (const QString &name : books.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
        if (!readBook(books.filePath(name), &library->m_books, error))
            return nullptr;
    }
    for (const Source &source : sources) {
        for (const QString &folder : packageFolders(source.folder)) {
            std::optional<ProfilePackage> package = ProfilePackage::read(folder, source.label, library->m_schemas, &library->m_issues);
            if (!package)
                continue;
            const auto known = std::find_if(library->m_packages.cbegin(), library->m_packages.cend(),
                                            [&](const ProfilePackage &p) { return p.id == package->id; });
            if (known != library->m_packages.cend()) {
                library->m_issues.append({ package->filePath(QStringLiteral("profile")), QStringLiteral("$.id"),
                                           LibraryText::tr("the profile \"%1\" is already defined in %2").arg(package->id, known->folder) });
                continue;
            }
            library->m_packages.append(*package);
        }
    }
    for (const ProfilePackage &package : std::as_const(library->m_packages)) {
        if (package.base)
            continue;
        QList<ProfileIssue> issues;
        if (const auto built = library->build(package, &issues))
            library->m_templates.insert(package.id, built);
        // A fault of a base is a fault of every profile that extends it: say it once.
        for (const ProfileIssue &issue : std::as_const(issues)) {
            if (!library->m_issues.contains(issue))
                library->m_issues.append(issue);
        }
    }
    if (library->m_templates.isEmpty()) {
        QStringList reasons { LibraryText::tr("No profile could be loaded.") };
        for (const ProfileIssue &issue : std::as_const(library->m_issues))
            reasons.append(issue.text());
        *error = reasons.join(QLatin1Char('\n'));
        return nullptr;
    }
    return library;
}

std::unique_ptr<TemplateLibrary> TemplateLibrary::loadBuiltIn(QString *error)
{
    return load({ { QStringLiteral(":/profiles"), LibraryText::tr("built-in") } }, error);
}

QList<TemplateLibrary::Source> TemplateLibrary::standardSources(const QStringList &extraFolders)
{
    QList<Source> sources { { QStringLiteral(":/profiles"), LibraryText::tr("built-in") } };
    const QString user = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!user.isEmpty())
        sources.append({ QDir(user).filePath(QStringLiteral("profiles")), LibraryText::tr("user folder") });
    for (const QString &folder : extraFolders)
        sources.append({ folder, QStringLiteral("--profiles %1").arg(folder) });
    return sources;
}

std::optional<QList<const ProfilePackage *>> TemplateLibrary::checkedChain(const ProfilePackage &package,
                                                                           QList<ProfileIssue> *issues) const
{
    QList<const ProfilePackage *> chain { &package };
    while (!chain.constLast()->extends.isEmpty()) {
        const QString &baseId = chain.constLast()->extends;
        const auto base = std::find_if(m_packages.cbegin(), m_packages.cend(),
                                       [&](const ProfilePackage &p) { return p.id == baseId; });
        const QString profileFile = chain.constLast()->filePath(QStringLiteral("profile"));
        if (base == m_packages.cend()) {
            issues->append({ profileFile, QStringLiteral("$.extends"), LibraryText::tr("there is no profile \"%1\"").arg(baseId) });
            return std::nullopt;
        }
        if (chain.contains(&*base)) {
            issues->append({ profileFile, QStringLiteral("$.extends"), LibraryText::tr("\"%1\" extends itself").arg(baseId) });
            return std::nullopt;
        }
        chain.append(&*base);
    }
    // Built-in packages are checked too: a package edited in the source tree and built into the
    // program without running the tests must not slip past the schemas. With the schemas
    // compiled once this costs start-up a few milliseconds (bench_profiles).
    const QList<ProfileIssue> faults = m_schemas.check(ProfileChain(chain));
    if (!faults.isEmpty()) {
        issues->append(faults);
        return std::nullopt;
    }
    return chain;
}

std::shared_ptr<const ReportTemplate> TemplateLibrary::build(const ProfilePackage &package,
                                                             QList<ProfileIssue> *issues) const
{
    // The typed readers run only on a package of the schemas' shape: on another they would
    // report the same fault again, less precisely.
    const std::optional<QList<const ProfilePackage *>> chain = checkedChain(package, issues);
    if (!chain)
        return nullptr;
    return ReportTemplate::fromProfile(ProfileChain(*chain), m_books, issues);
}

QList<ProfileIssue> TemplateLibrary::check(const QString &folder, const QList<PartCheck> &partChecks) const
{
    QList<ProfileIssue> issues;
    const std::optional<ProfilePackage> package = ProfilePackage::read(folder, QString(), m_schemas, &issues);
    if (!package)
        return issues;
    // A base package is no profile of its own: only its shape is checked.
    const std::optional<QList<const ProfilePackage *>> chain = checkedChain(*package, &issues);
    if (!chain || package->base)
        return issues;
    const ProfileChain profileChain(*chain);
    const std::shared_ptr<const ReportTemplate> built = ReportTemplate::fromProfile(profileChain, m_books, &issues);
    if (!built)
        return issues;
    for (const PartCheck &partCheck : partChecks) {
        for (const ProfilePartFault &fault : partCheck(*built))
            issues.append(profileChain.issueIn(fault.part, fault.path, fault.message));
    }
    return issues;
}

QStringList TemplateLibrary::ids() const
{
    QStringList list = m_templates.keys();
    std::sort(list.begin(), list.end());
    return list;
}
