#include "profile/codebook.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

int CodeBook::levelOf(const QString &code)
{
    switch (code.size()) {
    case 3:
        return Class;
    case 5:
        return Section;
    case 7:
        return Item;
    default:
        return 0;
    }
}

QString CodeBook::parentOf(const QString &code)
{
    return code.size() > 3 ? code.left(code.size() - 2) : QString();
}

std::shared_ptr<const CodeBook> CodeBook::fromJson(const QJsonObject &json, QString *error)
{
    auto book = std::make_shared<CodeBook>();
    book->m_id = json.value(QLatin1String("id")).toString();
    book->m_title = json.value(QLatin1String("title")).toString();
    book->m_kind = json.value(QLatin1String("kind")).toString();
    const QJsonArray entries = json.value(QLatin1String("entries")).toArray();
    for (const auto &value : entries) {
        const QJsonObject entry = value.toObject();
        CodeEntry e { entry.value(QLatin1String("code")).toString(), entry.value(QLatin1String("name")).toString() };
        if (levelOf(e.code) == 0 || e.name.isEmpty() || book->m_index.contains(e.code)) {
            *error = QCoreApplication::translate("CodeBook", "Code book %1: bad or repeated entry \"%2\".")
                             .arg(book->m_id, e.code);
            return nullptr;
        }
        book->m_index.insert(e.code, book->m_entries.size());
        book->m_entries.append(e);
    }
    std::sort(book->m_entries.begin(), book->m_entries.end(),
              [](const CodeEntry &a, const CodeEntry &b) { return a.code < b.code; });
    book->m_index.clear();
    for (qsizetype i = 0; i < book->m_entries.size(); ++i)
        book->m_index.insert(book->m_entries.at(i).code, i);
    for (const CodeEntry &e : std::as_const(book->m_entries)) {
        const QString parent = parentOf(e.code);
        if (!parent.isEmpty() && !book->m_index.contains(parent)) {
            *error = QCoreApplication::translate("CodeBook", "Code book %1: %2 has no parent %3.")
                             .arg(book->m_id, e.code, parent);
            return nullptr;
        }
    }
    if (book->m_id.isEmpty() || book->m_entries.isEmpty()) {
        *error = QCoreApplication::translate("CodeBook", "A code book has no id or no entries.");
        return nullptr;
    }
    return book;
}

QString CodeBook::name(const QString &code) const
{
    const auto it = m_index.constFind(code);
    return it == m_index.constEnd() ? QString() : m_entries.at(*it).name;
}

QList<CodeEntry> CodeBook::children(const QString &code) const
{
    QList<CodeEntry> result;
    const auto it = m_index.constFind(code);
    if (it == m_index.constEnd())
        return result;
    for (qsizetype i = *it + 1; i < m_entries.size() && m_entries.at(i).code.startsWith(code); ++i) {
        if (m_entries.at(i).code.size() == code.size() + 2)
            result.append(m_entries.at(i));
    }
    return result;
}

QList<CodeEntry> CodeBook::search(const QString &text, int limit) const
{
    QList<CodeEntry> result;
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return result;
    for (const CodeEntry &e : m_entries) {
        if (e.code.startsWith(needle) || e.name.contains(needle))
            result.append(e);
        if (result.size() >= limit)
            break;
    }
    return result;
}

QString CodeBook::qualifiedName(const QString &code) const
{
    static const char *const suffixes[] = { "", "（类）", "（款）", "（项）" };
    QString text;
    for (int length = 3; length <= code.size(); length += 2) {
        const QString part = code.left(length);
        text += name(part) + QString::fromUtf8(suffixes[levelOf(part)]);
    }
    return text;
}
