#pragma once

#include "report/chartdata.h"
#include "report/printtable.h"

#include <QDate>
#include <QList>
#include <QString>

#include <vector>

class Document;

// One element of the published document in reading order.
struct ReportBlock {
    enum class Kind {
        PartTitle, // 第一部分 …: starts a page, listed in the contents
        Heading, // 一、… (level 1) or （一）… (level 2)
        Paragraph,
        Table, // a statutory table on pages of its own, listed in the contents
        Chart,
        Attachment, // a project's self-evaluation form on pages of its own, after the disclosure
        // The sign-off block: `text` is its heading (审签), the lines are ReportContent::signatures;
        // kept together, after the last part's text or on a page of its own, never under a
        // part title whose text is elsewhere.
        Closing
    };

    Kind kind = Kind::Paragraph;
    int level = 0;
    QString text;
    int index = -1; // Table, Attachment: into ReportContent::tables; Chart: into ReportContent::charts
};

// A snapshot of everything the disclosure prints, taken from a document: the cover, Parts 1
// to 5 (the narrative generated from the data where the template has a wording, the tables
// in the template's order, the charts placed in Part 3) and whether it is still a draft.
// Preview, print, PDF and ODT all work from one snapshot, so they show the same content.
struct ReportContent {
    QString department;
    int year = 0;
    QString title; // 咸宁市…2024年度部门决算
    QDate date; // of the cover: the document's 公开日期, null (left off the cover) while not known
    QStringList auditErrors; // non-empty: a draft, watermarked unless exported as final
    // The reasons the narrative needs that are still empty ("五、… （三）…: …（待说明）"): while
    // there are any, or any audit error, only a draft can be exported.
    QStringList emptyReasons;
    // The sections not approved yet, each with its mark ("T1 … (待审核)"): while there are any the
    // disclosure is a draft ("初稿") too.
    QStringList unapprovedSections;
    bool final = false; // exported as final despite the errors: no watermark
    // The sign-off block: one line per role of the profile ("审核人：李四　2026年12月1日", blank after
    // the colon while unsigned), printed on the cover or after the disclosure as the profile
    // says; empty while nobody has signed.
    QStringList signatures;
    bool signaturesOnCover = false;

    QList<ReportBlock> blocks;
    std::vector<PrintTable> tables;
    QList<ChartData> charts;

    bool mayBeFinal() const { return auditErrors.isEmpty() && emptyReasons.isEmpty() && unapprovedSections.isEmpty(); }
    bool isDraft() const { return !final && !mayBeFinal(); }
    // "初稿 / 未通过审核" while the audit stands in the way, "初稿" while only approval is missing.
    QString watermark() const;

    static ReportContent build(const Document &document);
};
