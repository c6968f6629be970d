#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <memory>

class QJsonObject;

// One entry of a classification code book: a code and its official name.
struct CodeEntry
{
    QString code;
    QString name;
};

// A classification code book (支出功能分类 or 部门预算支出经济分类) loaded from data: codes of
// 3 digits (类), 5 digits (款) and, for the functional book, 7 digits (项).
class CodeBook
{
public:
    enum Level { Class = 1, Section = 2, Item = 3 };

    static std::shared_ptr<const CodeBook> fromJson(const QJsonObject &json, QString *error);

    const QString &id() const { return m_id; }
    const QString &title() const { return m_title; }
    const QString &kind() const { return m_kind; }
    const QList<CodeEntry> &entries() const { return m_entries; }

    bool contains(const QString &code) const { return m_index.contains(code); }
    QString name(const QString &code) const;
    // Direct children of a code, in code order.
    QList<CodeEntry> children(const QString &code) const;
    // Entries whose code starts with `text` or whose name contains it, for look-up while typing.
    QList<CodeEntry> search(const QString &text, int limit = 50) const;
    // "一般公共服务支出（类）财政事务（款）行政运行（项）" for a 7-digit code.
    QString qualifiedName(const QString &code) const;

    static int levelOf(const QString &code);
    static QString parentOf(const QString &code);

private:
    QString m_id;
    QString m_title;
    QString m_kind;
    QList<CodeEntry> m_entries;
    QHash<QString, qsizetype> m_index;
};
