#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QMetaObject>
#include <QSet>

#include <memory>

class ReviewTracker;

class Document;

// The outline of the whole disclosure in document order — department, Part 1 texts, the nine
// tables, the data behind Part 3, Part 4 and Part 5 — with a mark on every entry saying
// whether it has been filled in. Each entry carries an id ("table:T5", "text:duties",
// "sheet:PRIOR", "projects", "reasons", "department") that tells the workspace which editor
// to show.
class NavigationModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Roles {
        EntryRole = Qt::UserRole + 1, // the entry id; empty for part headings
        StatusRole,                   // a Status, for entries
        ReviewRole,                   // the entry's ReviewMark as an int; none for entries without a section
        CommentCountRole,             // how many comments are open on the entry's sections and cells
    };
    Q_ENUM(Roles)
    enum Status { Empty, Filled, HasFindings };
    Q_ENUM(Status)

    explicit NavigationModel(QObject *parent = nullptr);
    ~NavigationModel() override;

    void setDocument(Document *document);
    Document *document() const { return m_document; }
    // The review status of the document's sections, kept current; null without a document.
    ReviewTracker *reviewTracker() const { return m_review.get(); }

    QModelIndex indexOfEntry(const QString &entry) const;
    // Entries the audit has findings for; they are marked until the findings go away.
    void setEntriesWithFindings(const QSet<QString> &entries);
    // Part headings are translated when shown; call after the language changed.
    void retranslate();

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Node
    {
        int parent = -1;
        int row = 0;
        QString entry;
        QString title;               // fixed titles from the template
        const char *heading = nullptr; // or a translatable heading
        QList<int> children;
    };

    void build();
    int addNode(int parent, const QString &entry, const QString &title, const char *heading = nullptr);
    bool isFilled(const QString &entry) const;
    // Part 2's heading: the narrative's title for it ("第二部分 XX局2024年度部门决算表"), which
    // names the department, so it follows a change of the department.
    QString partTwoTitle() const;
    void retitleTables();
    void refreshStatus();
    void findSheetsWithFigures();
    // Every entry's review mark and comments, to tell which marks a review change moved.
    QHash<QString, QVariant> reviewMarks() const;

    Document *m_document = nullptr;
    QList<Node> m_nodes; // node 0 is the invisible root
    int m_tablesNode = -1;
    QHash<QString, int> m_nodeOfEntry;
    QHash<QString, bool> m_filled;
    QSet<QString> m_withFindings;
    QSet<QString> m_sheetsWithFigures;
    QList<QMetaObject::Connection> m_connections;
    std::unique_ptr<ReviewTracker> m_review;
    QHash<QString, QVariant> m_reviewMarks;
};
