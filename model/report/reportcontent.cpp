#include "report/reportcontent.h"

#include "report/auditstatus.h"
#include "report/disclosurecharts.h"
#include "report/selfevaluationprint.h"
#include "document/document.h"
#include "narrative/narrativegenerator.h"
#include "narrative/narrativetemplate.h"
#include "signoff/reviewstatus.h"
#include "signoff/signaturelines.h"
#include "signoff/signoffrules.h"

#include <QRegularExpression>

// Part titles and chart captions are the published disclosure's own words: Chinese in every
// language of the user interface, like the template.
namespace {

// "二、收入决算情况说明" → "收入决算情况说明"; "（一）…" → "…"
QString withoutNumbering(const QString &heading)
{
    const qsizetype mark = heading.indexOf(QRegularExpression(QStringLiteral("[、）)]")));
    return mark >= 0 && mark <= 5 ? heading.mid(mark + 1).trimmed() : heading;
}

void appendNarrative(const Document &document, QList<ReportBlock> *blocks, QStringList *emptyReasons)
{
    QString unavailable;
    const auto wording = NarrativeTemplate::forTemplate(document.reportTemplate(), &unavailable);
    if (wording) {
        const NarrativeText text = NarrativeGenerator::generate(*wording, document);
        for (const MissingReason &missing : text.missingReasons)
            emptyReasons->append(missing.section + QStringLiteral("：") + missing.context);
        for (const NarrativeBlock &block : text.blocks) {
            const ReportBlock::Kind kind = block.kind == NarrativeBlock::Kind::PartTitle
                ? ReportBlock::Kind::PartTitle
                : block.kind == NarrativeBlock::Kind::Heading ? ReportBlock::Kind::Heading
                                                              : ReportBlock::Kind::Paragraph;
            blocks->append({ kind, kind == ReportBlock::Kind::PartTitle ? block.part : block.level,
                block.plainText(), -1 });
        }
        return;
    }
    // A template without a wording still prints the texts the accountant typed, part by part.
    static const char *const partTitles[] = { "", "第一部分 %1概况", "第二部分 %1%2年度部门决算表",
        "第三部分 %2年度部门决算情况说明", "第四部分 其他需要说明的情况", "第五部分 名词解释" };
    const DepartmentInfo &department = document.data().department;
    int part = 0;
    const auto partTitle = [&](int number) {
        blocks->append({ ReportBlock::Kind::PartTitle, number,
            QString::fromUtf8(partTitles[number]).arg(department.name).arg(department.year), -1 });
    };
    for (const TextSlot &slot : document.reportTemplate().texts()) {
        if (slot.part < 1 || slot.part > 5)
            continue;
        if (slot.part != part) {
            if (part < 2 && slot.part > 2)
                partTitle(2);
            part = slot.part;
            partTitle(part);
        }
        blocks->append({ ReportBlock::Kind::Heading, 1, slot.title, -1 });
        const QStringList lines
            = document.data().texts.value(slot.key).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines)
            blocks->append({ ReportBlock::Kind::Paragraph, 0, line.trimmed(), -1 });
    }
    if (part < 2)
        partTitle(2);
}

void placeCharts(const QList<ChartData> &charts, QList<ReportBlock> *blocks)
{
    for (int c = 0; c < charts.size(); ++c) {
        if (charts.at(c).isEmpty())
            continue;
        const QString &words = charts.at(c).after;
        if (words.isEmpty())
            continue;
        qsizetype section = -1;
        for (qsizetype b = 0; b < blocks->size() && section < 0; ++b) {
            const ReportBlock &block = blocks->at(b);
            if (block.kind == ReportBlock::Kind::Heading && withoutNumbering(block.text).startsWith(words))
                section = b;
        }
        if (section < 0)
            continue;
        qsizetype end = section + 1;
        while (end < blocks->size() && blocks->at(end).kind == ReportBlock::Kind::Paragraph)
            ++end;
        if (charts.at(c).statedInWords.isEmpty())
            blocks->insert(end, { ReportBlock::Kind::Chart, 0, charts.at(c).title, c });
        else
            blocks->insert(end, { ReportBlock::Kind::Paragraph, 0, charts.at(c).statedInWords, -1 });
    }
}

// Each project's 项目支出绩效自评表 as an attachment after the disclosure, one form per project.
void appendSelfEvaluations(const Document &document, ReportContent *content)
{
    const QList<Project> &projects = document.data().projects;
    if (projects.isEmpty())
        return;
    content->blocks.append({ ReportBlock::Kind::PartTitle, 6, QStringLiteral("附件 项目支出绩效自评表"), -1 });
    for (qsizetype i = 0; i < projects.size(); ++i) {
        PrintTable form = SelfEvaluationPrint::build(projects.at(i), document.reportTemplate().gradeBands(),
                                                     document.reportTemplate().display(), content->year);
        form.number = QStringLiteral("附件%1").arg(i + 1);
        content->blocks.append({ ReportBlock::Kind::Attachment, 0, projects.at(i).name, int(content->tables.size()) });
        content->tables.push_back(std::move(form));
    }
}

} // namespace

ReportContent ReportContent::build(const Document &document)
{
    ReportContent content;
    const DepartmentInfo &department = document.data().department;
    content.department = department.name;
    content.year = department.year;
    content.title = QStringLiteral("%1%2年度部门决算").arg(department.name).arg(department.year);
    content.date = department.published;
    content.auditErrors = AuditStatus::errors(document);
    content.unapprovedSections = ReviewStatus(document).unapprovedTitles();
    content.charts = DisclosureCharts::build(document);

    QList<ReportBlock> narrative;
    appendNarrative(document, &narrative, &content.emptyReasons);
    placeCharts(content.charts, &narrative);

    // Part 2, the tables, follows its title, which the narrative words like the other parts'.
    qsizetype part2 = 0;
    while (part2 < narrative.size()
        && !(narrative.at(part2).kind == ReportBlock::Kind::PartTitle && narrative.at(part2).level > 1))
        ++part2;
    if (part2 < narrative.size() && narrative.at(part2).level == 2)
        ++part2;
    content.blocks = narrative.mid(0, part2);
    for (const LayoutTable &table : document.layout().tables()) {
        if (!table.def->statutory)
            continue;
        content.blocks.append({ ReportBlock::Kind::Table, 0, table.def->title, int(content.tables.size()) });
        content.tables.push_back(PrintTable::build(document, table));
    }
    content.blocks.append(narrative.mid(part2));
    const SignoffRules rules = SignoffRules::fromTemplate(document.reportTemplate());
    content.signatures = SignatureLines::build(document, rules);
    content.signaturesOnCover = rules.placement == SignoffRules::Placement::Cover;
    if (!content.signatures.isEmpty() && !content.signaturesOnCover)
        content.blocks.append({ ReportBlock::Kind::Closing, 0, rules.title, -1 });
    appendSelfEvaluations(document, &content);
    return content;
}

QString ReportContent::watermark() const
{
    return auditErrors.isEmpty() && emptyReasons.isEmpty() ? QStringLiteral("初稿") : QStringLiteral("初稿 / 未通过审核");
}
