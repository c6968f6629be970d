#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class ProfileSchemas;

// A fault in a profile package: the file, the JSON path within it ("$.rules[3].op") and why.
struct ProfileIssue
{
    QString file;
    QString path;
    QString message;

    bool operator==(const ProfileIssue &) const = default;

    // "FILE: PATH: MESSAGE", the form the command line and the editor show.
    QString text() const;
};

// One profile folder as it lies on disk: profile.json (id, title, year, extends, base) and its
// part files, each the profile's own content before the package it extends is merged in.
struct ProfilePackage
{
    QString id;
    QString title;
    int year = 0;
    QString extends;
    bool base = false;  // a base package only lends its parts to the profiles that extend it
    QString folder;
    QString source;     // where it was found: built-in, user folder or a --profiles folder
    QHash<QString, QJsonObject> parts; // part name ("tables", "rules"…) → the file's object
    QHash<QString, QJsonObject> ownFiles; // the files of ownFileNames() the folder holds

    QString filePath(const QString &part) const;

    // The part files a package may hold, without ".json".
    static const QStringList &partNames();
    // Files a package keeps for itself, never merged over a base: codemap.json, where a null
    // means a retired code, which a merge would take for a removal.
    static const QStringList &ownFileNames();
    // Reads the package in `folder`, profile.json checked against its schema before its keys
    // are read; faults are appended to `issues` and give nullopt.
    static std::optional<ProfilePackage> read(const QString &folder, const QString &source, const ProfileSchemas &schemas,
                                              QList<ProfileIssue> *issues);
};

// A fault in a part of a profile as the program reads it (merged with its bases), or in one of
// its own files: the part ("rollforward", "codemap"…), the JSON path within it and why. The
// profile's chain tells which file that is (ProfileChain::issueIn).
struct ProfilePartFault
{
    QString part;
    QString path;
    QString message;
};

// A profile and the packages it extends, most derived first: says which file holds an item
// of the merged profile, so that a fault found after merging names the file it comes from.
class ProfileChain
{
public:
    explicit ProfileChain(QList<const ProfilePackage *> packages) : m_packages(std::move(packages)) { }

    const ProfilePackage &profile() const { return *m_packages.constFirst(); }
    const QList<const ProfilePackage *> &packages() const { return m_packages; }
    // The profile's parts with each base's parts merged in.
    QHash<QString, QJsonObject> mergedParts() const;

    // The item with `id` in the list `list` of the part, as the last package that states it
    // has it; `field` is the item's key at fault (may be empty).
    ProfileIssue issueAt(const QString &part, const QString &list, const QString &id, const QString &field,
                         const QString &message) const;
    // A fault of a part as a whole.
    ProfileIssue issueIn(const QString &part, const QString &path, const QString &message) const;

private:
    QList<const ProfilePackage *> m_packages;
};
