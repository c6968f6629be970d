#include "review/reviewreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ReviewReport {

namespace {

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
}

QJsonValue orNull(bool known, const QJsonValue &value)
{
    return known ? value : QJsonValue();
}

} // namespace

std::optional<int> number(const ReviewRow &row, int column)
{
    if (!row.isReadable())
        return std::nullopt;
    switch (column) {
    case ReviewRow::Year: return row.year;
    case ReviewRow::Errors: return row.errors;
    case ReviewRow::Warnings: return row.warnings;
    case ReviewRow::Unexplained: return row.unexplained;
    case ReviewRow::EmptyReasons: return row.hasDocumentState() ? std::optional<int>(row.emptyReasons) : std::nullopt;
    default: return std::nullopt;
    }
}

bool isNotApplicable(const ReviewRow &row, int column)
{
    return row.isReadable() && row.isPublishedPdf() && (column == ReviewRow::EmptyReasons || column == ReviewRow::Review);
}

QString cellText(const ReviewRow &row, int column)
{
    if (isNotApplicable(row, column))
        return QStringLiteral("—");
    switch (column) {
    case ReviewRow::File: return row.relativePath;
    case ReviewRow::Kind: return ReviewRow::kindName(row.kind);
    case ReviewRow::Department: return row.department;
    case ReviewRow::Profile: return row.profileTitle;
    case ReviewRow::Review: return row.review;
    case ReviewRow::LastChange: return row.lastChange.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case ReviewRow::Message: return row.isReadable() ? row.note() : row.message;
    default: {
        const std::optional<int> value = number(row, column);
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
        const bool state = row.hasDocumentState();
        QJsonObject object;
        object.insert(QStringLiteral("file"), row.relativePath);
        object.insert(QStringLiteral("path"), row.path);
        object.insert(ReviewRow::columnKey(ReviewRow::Kind), ReviewRow::kindKey(row.kind));
        object.insert(QStringLiteral("department"), orNull(row.isReadable(), row.department));
        object.insert(QStringLiteral("profile"), orNull(row.isReadable(), row.profileId));
        object.insert(QStringLiteral("profileTitle"), orNull(row.isReadable(), row.profileTitle));
        for (const int column : { ReviewRow::Year, ReviewRow::Errors, ReviewRow::Warnings, ReviewRow::Unexplained,
                                  ReviewRow::EmptyReasons }) {
            const std::optional<int> value = number(row, column);
            object.insert(ReviewRow::columnKey(column), value ? QJsonValue(*value) : QJsonValue());
        }
        object.insert(ReviewRow::columnKey(ReviewRow::Review), orNull(state, row.review));
        object.insert(QStringLiteral("approvedSections"), orNull(state, row.approvedSections));
        object.insert(QStringLiteral("sections"), orNull(state, row.sections));
        if (row.isPublishedPdf()) {
            object.insert(QStringLiteral("tablesRead"), orNull(row.isReadable(), row.tablesRead));
            object.insert(QStringLiteral("tablesOfProfile"), orNull(row.isReadable(), row.tablesOfProfile));
            object.insert(QStringLiteral("checksLeftOut"), orNull(row.isReadable(), row.checksLeftOut));
        }
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
