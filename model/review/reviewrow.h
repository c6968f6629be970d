#pragma once

#include <QDateTime>
#include <QString>

// What the supervisor's table says about one file under the reviewed folder: a document or a
// published PDF, its identity and how far it is from publishable, or why it could not be read.
struct ReviewRow
{
    enum Column {
        File,
        Kind,
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

    // A document file (.fadb), or a disclosure as it was published (.pdf): read back from its
    // printed tables and narrative, it has no reasons to fill and no review status.
    enum class FileKind { Document, PublishedPdf };

    QString path;         // absolute
    QString relativePath; // to the reviewed folder, as shown
    FileKind kind = FileKind::Document;
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
    // A published PDF's reading: the statutory tables its profile's layout found, of how many,
    // and the audit's checks left out because they need figures the PDF does not print.
    int tablesRead = 0;
    int tablesOfProfile = 0;
    int checksLeftOut = 0;
    QDateTime lastChange;
    QString message; // why the file could not be read; empty when it was

    bool isReadable() const { return message.isEmpty(); }
    bool isPublishedPdf() const { return kind == FileKind::PublishedPdf; }
    // Only a readable document has reasons to fill and a review status; for a published PDF
    // they are unknown, not 0.
    bool hasDocumentState() const { return isReadable() && !isPublishedPdf(); }

    // For a published PDF that was read: how many of its profile's tables were found and how
    // many checks were left out, translated; empty otherwise.
    QString note() const;

    // The column's title, translated.
    static QString columnTitle(int column);
    // The column's key in the command line's JSON and in the CSV header's English form.
    static QString columnKey(int column);
    // "Document" or "Published PDF", translated.
    static QString kindName(FileKind kind);
    // The file kind's key in the command line's JSON.
    static QString kindKey(FileKind kind);
    // The kind a file under the reviewed folder is, by its name (.pdf, any case).
    static FileKind kindOf(const QString &path);
};
