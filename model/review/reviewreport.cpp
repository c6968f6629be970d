#include "review/reviewreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace ReviewReport {

namespace {

std::optional<int> count(const ReviewRow &row, int column)
{
    if (!row.isReadable())
        return std::nullopt;
    switch (column) {
    case ReviewRow::Year: return row.year;
    case ReviewRow::Errors: return row.errors;
    case ReviewRow::Warnings: return row.warnings;
    case ReviewRow::Unexplained: return row.unexplained;
    case ReviewRow::EmptyReasons: return row.emptyReasons;
    default: return std::nullopt;
    }
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
}

} // namespace

QString cellText(const ReviewRow &row, int column)
{
    switch (column) {
    case ReviewRow::File: return row.relativePath;
    case ReviewRow::Department: return row.department;
    case ReviewRow::Profile: return row.profileTitle;
    case ReviewRow::Review: return row.review;
    case ReviewRow::LastChange: return row.lastChange.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case ReviewRow::Message: return row.message;
    default: {
        const std::optional<int> value = count(row, column);
        return value ? QString::number(*value) : QString();
    }
    }
}

QString toText(const QList<ReviewRow> &rows)
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < ReviewRow::ColumnCount; ++c)
        header.append(ReviewRow::columnTitle(c));
    lines.append(header.join(QLatin1Char('\t')));
    for (const ReviewRow &row : rows) {
        QStringList fields;
        for (int c = 0; c < ReviewRow::ColumnCount; ++c)
            fields.append(cellText(row, c).replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' ')));
        lines.append(fields.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QByteArray toJson(const QList<ReviewRow> &rows)
{
    QJsonArray array;
    for (const ReviewRow &row : rows) {
        QJsonObject object;
        object.insert(QStringLiteral("file"), row.relativePath);
        object.insert(QStringLiteral("path"), row.path);
        object.insert(QStringLiteral("department"), row.isReadable() ? QJsonValue(row.department) : QJsonValue());
        object.insert(QStringLiteral("profile"), row.isReadable() ? QJsonValue(row.profileId) : QJsonValue());
        object.insert(QStringLiteral("profileTitle"), row.isReadable() ? QJsonValue(row.profileTitle) : QJsonValue());
        for (const int column : { ReviewRow::Year, ReviewRow::Errors, ReviewRow::Warnings, ReviewRow::Unexplained,
                                  ReviewRow::EmptyReasons }) {
            const std::optional<int> value = count(row, column);
            object.insert(ReviewRow::columnKey(column), value ? QJsonValue(*value) : QJsonValue());
        }
        object.insert(ReviewRow::columnKey(ReviewRow::Review), row.isReadable() ? QJsonValue(row.review) : QJsonValue());
        object.insert(QStringLiteral("approvedSections"), row.isReadable() ? QJsonValue(row.approvedSections) : QJsonValue());
        object.insert(QStringLiteral("sections"), row.isReadable() ? QJsonValue(row.sections) : QJsonValue());
        object.insert(QStringLiteral("lastChange"), row.lastChange.toString(Qt::ISODate));
        object.insert(QStringLiteral("readable"), row.isReadable());
        if (!row.isReadable())
            object.insert(QStringLiteral("message"), row.message);
        array.append(object);
    }
    return QJsonDocument(QJsonObject { { QStringLiteral("rows"), array } }).toJson(QJsonDocument::Indented);
}

QByteArray toCsv(const QList<ReviewRow> &rows)
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < ReviewRow::ColumnCount; ++c)
        header.append(csvField(ReviewRow::columnTitle(c)));
    lines.append(header.join(QLatin1Char(',')));
    for (const ReviewRow &row : rows) {
        QStringList fields;
        for (int c = 0; c < ReviewRow::ColumnCount; ++c)
            fields.append(csvField(cellText(row, c)));
        lines.append(fields.join(QLatin1Char(',')));
    }
    return QByteArray("\xEF\xBB\xBF") + lines.join(QLatin1String("\r\n")).toUtf8() + "\r\n";
}

} // namespace ReviewReport
