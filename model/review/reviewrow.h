#pragma once

#include <QDateTime>
#include <QString>

// What the supervisor's table says about one file under the reviewed folder: the document's
// identity and how far it is from publishable, or why it could not be read.
struct ReviewRow
{
    enum Column {
        File,
        Department,
        Year,
        Profile,
        Errors,
        Warnings,
        Unexplained,
        EmptyReasons,
        Review,
        LastChange,
        Message,
        ColumnCount
    };

    QString path;         // absolute
    QString relativePath; // to the reviewed folder, as shown
    QString department;
    int year = 0;
    QString profileId;
    QString profileTitle;
    int errors = 0;
    int warnings = 0;    // every warning the audit raised, explained or not
    int unexplained = 0; // warnings without an explanation (出错说明) yet
    int emptyReasons = 0; // reasons the narrative needs that are still empty
    QString review;       // "已审核 7/12，退回 1": the sections' review status
    int approvedSections = 0;
    int sections = 0;
    QDateTime lastChange;
    QString message; // why the file could not be read; empty when it was

    bool isReadable() const { return message.isEmpty(); }

    // The column's title, translated.
    static QString columnTitle(int column);
    // The column's key in the command line's JSON and in the CSV header's English form.
    static QString columnKey(int column);
};
