#include "profile/templatelibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {

bool readJson(const QString &path, QJsonObject *object, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("TemplateLibrary", "Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!json.isObject()) {
        *error = QCoreApplication::translate("TemplateLibrary", "%1 is not valid JSON: %2")
                         .arg(path, parseError.errorString());
        return false;
    }
    *object = json.object();
    return true;
}

QStringList jsonFiles(const QString &folder)
{
    QStringList paths;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

// Each profile is a folder of its own holding its tables.json.
QStringList tableFiles(const QString &folder)
{
    QStringList paths;
    const QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString path = dir.filePath(name + QLatin1String("/tables.json"));
        if (QFile::exists(path))
            paths.append(path);
    }
    return paths;
}

} // namespace

std::unique_ptr<TemplateLibrary> TemplateLibrary::load(const QStringList &folders, QString *error)
{
    auto library = std::make_unique<TemplateLibrary>();
    for (const QString &folder : folders) {
        for (const QString &path : jsonFiles(folder + QLatin1String("/codebooks"))) {
            QJsonObject json;
            if (!readJson(path, &json, error))
                return nullptr;
            const std::shared_ptr<const CodeBook> book = CodeBook::fromJson(json, error);
            if (!book)
                return nullptr;
            if (!library->m_books.contains(book->id()))
                library->m_books.insert(book->id(), book);
        }
    }
    for (const QString &folder : folders) {
        for (const QString &path : tableFiles(folder + QLatin1String("/profiles"))) {
            QJsonObject json;
            if (!readJson(path, &json, error))
                return nullptr;
            const std::shared_ptr<const ReportTemplate> t = ReportTemplate::fromJson(json, library->m_books, error);
            if (!t)
                return nullptr;
            if (!library->m_templates.contains(t->id()))
                library->m_templates.insert(t->id(), t);
        }
    }
    if (library->m_templates.isEmpty()) {
        *error = QCoreApplication::translate("TemplateLibrary", "No templates were found.");
        return nullptr;
    }
    return library;
}

std::unique_ptr<TemplateLibrary> TemplateLibrary::loadBuiltIn(QString *error)
{
    return load({ QStringLiteral(":") }, error);
}

QStringList TemplateLibrary::ids() const
{
    QStringList list = m_templates.keys();
    std::sort(list.begin(), list.end());
    return list;
}
