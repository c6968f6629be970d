#include "review/reviewrow.h"

#include <QCoreApplication>

#include <iterator>

QString ReviewRow::note() const
{
    if (!isReadable() || !isPublishedPdf())
        return QString();
    return QCoreApplication::translate("ReviewRow",
                                       "%1 of %2 tables read; %n check(s) left out: they need figures a PDF "
                                       "does not print.",
                                       nullptr, checksLeftOut)
            .arg(tablesRead)
            .arg(tablesOfProfile);
}

QString ReviewRow::columnTitle(int column)
{
    switch (Column(column)) {
    case File: return QCoreApplication::translate("ReviewRow", "File");
    case Kind: return QCoreApplication::translate("ReviewRow", "Kind");
    case Department: return QCoreApplication::translate("ReviewRow", "Department");
    case Year: return QCoreApplication::translate("ReviewRow", "Year");
    case Profile: return QCoreApplication::translate("ReviewRow", "Profile");
    case Errors: return QCoreApplication::translate("ReviewRow", "Errors");
    case Warnings: return QCoreApplication::translate("ReviewRow", "Warnings");
    case Unexplained: return QCoreApplication::translate("ReviewRow", "Unexplained warnings");
    case EmptyReasons: return QCoreApplication::translate("ReviewRow", "Empty reasons");
    case Review: return QCoreApplication::translate("ReviewRow", "Review status");
    case LastChange: return QCoreApplication::translate("ReviewRow", "Last change");
    case Message: return QCoreApplication::translate("ReviewRow", "Message");
    case ColumnCount: break;
    }
    return QString();
}

QString ReviewRow::columnKey(int column)
{
    static const char *const keys[] = { "file", "kind", "department", "year", "profile", "errors", "warnings",
                                        "unexplainedWarnings", "emptyReasons", "reviewStatus", "lastChange",
                                        "message" };
    static_assert(std::size(keys) == ColumnCount);
    return column >= 0 && column < ColumnCount ? QLatin1String(keys[column]) : QString();
}

QString ReviewRow::kindName(FileKind kind)
{
    return kind == FileKind::PublishedPdf ? QCoreApplication::translate("ReviewRow", "Published PDF")
                                          : QCoreApplication::translate("ReviewRow", "Document");
}

QString ReviewRow::kindKey(FileKind kind)
{
    return kind == FileKind::PublishedPdf ? QStringLiteral("publishedPdf") : QStringLiteral("document");
}

ReviewRow::FileKind ReviewRow::kindOf(const QString &path)
{
    return path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? FileKind::PublishedPdf : FileKind::Document;
}
