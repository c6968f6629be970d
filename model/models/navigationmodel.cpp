#include "models/navigationmodel.h"

#include "document/document.h"
#include "narrative/narrativegenerator.h"
#include "narrative/narrativetemplate.h"
#include "signoff/commenttarget.h"
#include "signoff/reviewtracker.h"

#include <QColor>

namespace {

const QColor FilledMark(0x3a, 0x9b, 0x4a);
const QColor EmptyMark(0xc8, 0xc8, 0xc8);
const QColor FindingsMark(0xd0, 0x3a, 0x2f);

} // namespace

NavigationModel::NavigationModel(QObject *parent) : QAbstractItemModel(parent)
{
    m_nodes.append(Node());
}

NavigationModel::~NavigationModel() = default;

QHash<QString, QVariant> NavigationModel::reviewMarks() const
{
    QHash<QString, QVariant> marks;
    for (auto it = m_nodeOfEntry.constBegin(); it != m_nodeOfEntry.constEnd(); ++it) {
        const QModelIndex index = createIndex(m_nodes.at(it.value()).row, 0, quintptr(it.value()));
        // The open comments by id: a new latest comment changes the tooltip, not only the count.
        QVariantList comments;
        if (m_document) {
            for (const ReviewComment &comment :
                 CommentTarget::openOn(*m_document, ReviewSections::ofEntry(*m_document, it.key())))
                comments.append(comment.id);
        }
        marks.insert(it.key(), QVariantList { index.data(ReviewRole), comments });
    }
    return marks;
}

void NavigationModel::setDocument(Document *document)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    beginResetModel();
    m_review.reset();
    m_document = document;
    build();
    endResetModel();
    if (!m_document)
        return;
    m_review = std::make_unique<ReviewTracker>(m_document);
    m_reviewMarks = reviewMarks();
    connect(m_review.get(), &ReviewTracker::statusChanged, this, [this] {
        // Only the entries whose mark moved: most edits change no review state.
        const QHash<QString, QVariant> marks = reviewMarks();
        for (auto it = marks.constBegin(); it != marks.constEnd(); ++it) {
            if (m_reviewMarks.value(it.key()) == it.value())
                continue;
            const QModelIndex changed = indexOfEntry(it.key());
            emit dataChanged(changed, changed, { ReviewRole, CommentCountRole, Qt::ToolTipRole });
        }
        m_reviewMarks = marks;
    });
    const auto refresh = [this] { refreshStatus(); };
    m_connections = {
        connect(m_document, &Document::cellsChanged, this, refresh),
        connect(m_document, &Document::layoutChanged, this, refresh),
        connect(m_document, &Document::textChanged, this, refresh),
        connect(m_document, &Document::departmentChanged, this, [this] { retitleTables(); refreshStatus(); }),
        connect(m_document, &Document::projectInserted, this, refresh),
        connect(m_document, &Document::projectRemoved, this, refresh),
        connect(m_document, &QObject::destroyed, this, [this] { setDocument(nullptr); }),
    };
}

int NavigationModel::addNode(int parent, const QString &entry, const QString &title, const char *heading)
{
    Node node;
    node.parent = parent;
    node.row = int(m_nodes.at(parent).children.size());
    node.entry = entry;
    node.title = title;
    node.heading = heading;
    const int id = int(m_nodes.size());
    m_nodes.append(node);
    m_nodes[parent].children.append(id);
    if (!entry.isEmpty())
        m_nodeOfEntry.insert(entry, id);
    return id;
}

void NavigationModel::build()
{
    m_nodes = { Node() };
    m_nodeOfEntry.clear();
    m_filled.clear();
    if (!m_document)
        return;
    const ReportTemplate &reportTemplate = m_document->reportTemplate();
    const auto addTexts = [&](int parent, int part) {
        for (const TextSlot &slot : reportTemplate.texts()) {
            if (slot.part == part)
                addNode(parent, QStringLiteral("text:") + slot.key, slot.title);
        }
    };
    addNode(0, QStringLiteral("start"), {}, QT_TR_NOOP("Start: order of work"));
    addNode(0, QStringLiteral("department"), {}, QT_TR_NOOP("Department"));
    addTexts(addNode(0, {}, {}, QT_TR_NOOP("Part 1 Overview")), 1);
    const QString tablesTitle = partTwoTitle();
    const int tables = tablesTitle.isEmpty() ? addNode(0, {}, {}, QT_TR_NOOP("Part 2 Final account tables"))
                                             : addNode(0, {}, tablesTitle);
    m_tablesNode = tables;
    for (const TableDef &table : reportTemplate.tables())
        addNode(tables, QStringLiteral("table:") + table.id, table.number + QLatin1Char(' ') + table.title);
    const int part3 = addNode(0, {}, {}, QT_TR_NOOP("Part 3 Explanations: figures and reasons"));
    addNode(part3, QStringLiteral("narrative"), {}, QT_TR_NOOP("Generated explanation (情况说明)"));
    for (const TableDef &sheet : reportTemplate.sheets())
        addNode(part3, QStringLiteral("sheet:") + sheet.id, sheet.title);
    addNode(part3, QStringLiteral("projects"), {}, QT_TR_NOOP("Project performance self-evaluations"));
    addNode(part3, QStringLiteral("reasons"), {}, QT_TR_NOOP("Reasons and uses"));
    addTexts(part3, 3);
    addTexts(addNode(0, {}, {}, QT_TR_NOOP("Part 4 Other matters")), 4);
    addTexts(addNode(0, {}, {}, QT_TR_NOOP("Part 5 Glossary")), 5);
    addNode(0, QStringLiteral("charts"), {}, QT_TR_NOOP("Charts"));
    findSheetsWithFigures();
    for (auto it = m_nodeOfEntry.constBegin(); it != m_nodeOfEntry.constEnd(); ++it)
        m_filled.insert(it.key(), isFilled(it.key()));
}

bool NavigationModel::isFilled(const QString &entry) const
{
    const DocumentData &data = m_document->data();
    if (entry == QLatin1String("department"))
        return !data.department.name.trimmed().isEmpty();
    if (entry == QLatin1String("projects"))
        return !data.projects.isEmpty();
    if (entry == QLatin1String("narrative") || entry == QLatin1String("charts") || entry == QLatin1String("start"))
        return true; // written by the program from the figures
    if (entry == QLatin1String("reasons")) {
        for (auto it = data.texts.constBegin(); it != data.texts.constEnd(); ++it) {
            for (const QString &prefix : m_document->reportTemplate().textPrefixes()) {
                if (it.key().startsWith(prefix) && !it.value().trimmed().isEmpty())
                    return true;
            }
        }
        return false;
    }
    const qsizetype colon = entry.indexOf(QLatin1Char(':'));
    const QString id = entry.mid(colon + 1);
    if (entry.startsWith(QLatin1String("text:")))
        return !data.texts.value(id).trimmed().isEmpty();
    // A table counts as filled once it shows a figure, typed or carried over from another table.
    return data.classRows.contains(id) || m_sheetsWithFigures.contains(id);
}

void NavigationModel::findSheetsWithFigures()
{
    m_sheetsWithFigures.clear();
    const Recalculator &values = m_document->values();
    for (int i = 0; i < values.cellCount(); ++i) {
        if (values.valueAt(i) != 0)
            m_sheetsWithFigures.insert(values.cellAt(i).sheet);
    }
    for (auto it = m_document->data().cells.constBegin(); it != m_document->data().cells.constEnd(); ++it)
        m_sheetsWithFigures.insert(it.key().sheet);
}

QString NavigationModel::partTwoTitle() const
{
    QString unavailable;
    const auto wording = NarrativeTemplate::forTemplate(m_document->reportTemplate(), &unavailable);
    return wording ? NarrativeGenerator::partTitle(*wording, *m_document, 2) : QString();
}

void NavigationModel::retitleTables()
{
    const QString title = partTwoTitle();
    Node &node = m_nodes[m_tablesNode];
    if (title.isEmpty() || title == node.title)
        return;
    node.title = title;
    node.heading = nullptr;
    const QModelIndex changed = createIndex(node.row, 0, quintptr(m_tablesNode));
    emit dataChanged(changed, changed, { Qt::DisplayRole });
}

void NavigationModel::refreshStatus()
{
    findSheetsWithFigures();
    for (auto it = m_filled.begin(); it != m_filled.end(); ++it) {
        const bool filled = isFilled(it.key());
        if (filled == it.value())
            continue;
        it.value() = filled;
        const QModelIndex changed = indexOfEntry(it.key());
        emit dataChanged(changed, changed, { Qt::DecorationRole, Qt::ToolTipRole, StatusRole });
    }
}

void NavigationModel::setEntriesWithFindings(const QSet<QString> &entries)
{
    const QSet<QString> changed = (entries - m_withFindings) + (m_withFindings - entries);
    m_withFindings = entries;
    for (const QString &entry : changed) {
        const QModelIndex index = indexOfEntry(entry);
        if (index.isValid())
            emit dataChanged(index, index, { Qt::DecorationRole, Qt::ToolTipRole, StatusRole });
    }
}

QModelIndex NavigationModel::indexOfEntry(const QString &entry) const
{
    const int id = m_nodeOfEntry.value(entry, -1);
    return id < 0 ? QModelIndex() : createIndex(m_nodes.at(id).row, 0, quintptr(id));
}

void NavigationModel::retranslate()
{
    for (int id = 1; id < m_nodes.size(); ++id) {
        if (m_nodes.at(id).heading) {
            const QModelIndex changed = createIndex(m_nodes.at(id).row, 0, quintptr(id));
            emit dataChanged(changed, changed, { Qt::DisplayRole });
        }
    }
}

QModelIndex NavigationModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const int parentId = parent.isValid() ? int(parent.internalId()) : 0;
    return createIndex(row, column, quintptr(m_nodes.at(parentId).children.at(row)));
}

QModelIndex NavigationModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parentId = m_nodes.at(int(child.internalId())).parent;
    return parentId <= 0 ? QModelIndex() : createIndex(m_nodes.at(parentId).row, 0, quintptr(parentId));
}

int NavigationModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(m_nodes.at(parent.isValid() ? int(parent.internalId()) : 0).children.size());
}

int NavigationModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant NavigationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const Node &node = m_nodes.at(int(index.internalId()));
    const bool entry = !node.entry.isEmpty();
    const bool filled = entry && m_filled.value(node.entry);
    const Status status = m_withFindings.contains(node.entry) ? HasFindings : filled ? Filled : Empty;
    switch (role) {
    case Qt::DisplayRole:
        return node.heading ? tr(node.heading) : node.title;
    case Qt::DecorationRole:
        return entry ? QVariant(status == HasFindings ? FindingsMark : status == Filled ? FilledMark : EmptyMark)
                     : QVariant();
    case Qt::ToolTipRole: {
        if (!entry)
            return QVariant();
        const QString fill = status == HasFindings ? tr("Has audit findings") : status == Filled ? tr("Filled in") : tr("Empty");
        // Like the badge, the tooltip names the review state once the entry left 草稿.
        const QStringList sections = m_review ? ReviewSections::ofEntry(*m_document, node.entry) : QStringList();
        const ReviewMark review = sections.isEmpty() ? ReviewMark::Draft : m_review->status().mark(sections);
        const QString state = review == ReviewMark::Draft ? fill : tr("%1 · %2").arg(fill, ReviewStatus::name(review));
        const QList<ReviewComment> comments = CommentTarget::openOn(*m_document, sections);
        if (comments.isEmpty())
            return state;
        const ReviewComment &latest = comments.constLast();
        return QString(state + QLatin1Char('\n')
                + tr("%n open comment(s); the latest by %1, %2: %3", nullptr, int(comments.size()))
                          .arg(latest.author, latest.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                               latest.text.section(QLatin1Char('\n'), 0, 0)));
    }
    case CommentCountRole: {
        const QStringList sections = entry && m_review ? ReviewSections::ofEntry(*m_document, node.entry) : QStringList();
        return sections.isEmpty() ? QVariant() : QVariant(int(CommentTarget::openOn(*m_document, sections).size()));
    }
    case ReviewRole: {
        const QStringList sections = entry && m_review ? ReviewSections::ofEntry(*m_document, node.entry) : QStringList();
        return sections.isEmpty() ? QVariant() : QVariant(int(m_review->status().mark(sections)));
    }
    case EntryRole:
        return node.entry;
    case StatusRole:
        return entry ? QVariant(status) : QVariant();
    default:
        return {};
    }
}

Qt::ItemFlags NavigationModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled;
    if (!m_nodes.at(int(index.internalId())).entry.isEmpty())
        flags |= Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    return flags;
}
