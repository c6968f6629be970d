#include "review/reviewrow.h"

#include <QCoreApplication>

QString ReviewRow::columnTitle(int column)
{
    switch (Column(column)) {
    case File: return QCoreApplication::translate("ReviewRow", "File");
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
    static const char *const keys[] = { "file", "department", "year", "profile", "errors", "warnings",
                                        "unexplainedWarnings", "emptyReasons", "reviewStatus", "lastChange",
                                        "message" };
    return column >= 0 && column < ColumnCount ? QLatin1String(keys[column]) : QString();
}
