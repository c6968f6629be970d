#pragma once

#include <QObject>
#include <QPointer>

class AppSettings;
class AuditDock;
struct CellRef;
class Document;
class QAction;
class QDockWidget;
class QMenu;
class QPoint;
class QTreeView;
class ReviewPanel;

// Review and sign-off in the main window: the review panel in a dock, the navigation's review
// badges and its context menu (review steps, a comment on the entry), comments on cells, and
// the 姓名 setting the steps are recorded under.
class SignoffActions : public QObject
{
    Q_OBJECT

public:
    SignoffActions(AppSettings &settings, QWidget *window);

    QDockWidget *dock() const { return m_dock; }
    QAction *nameAction() const { return m_name; }
    ReviewPanel *panel() const { return m_panel; }

    // The navigation whose model (a NavigationModel) tracks the review status; its entries get
    // badges and the review context menu.
    void attach(QTreeView *navigation);
    void setDocument(Document *document);
    // The name review steps are recorded under: the setting, else the system's user.
    QString user() const;

    // The navigation's context menu at `pos`; returns it (for tests) or null off an entry.
    QMenu *showNavigationMenu(const QPoint &pos);
    void commentOnCell(const CellRef &cell);
    // Comments on the audit dock's findings: its requests land here, its findings name them in the panel.
    void attachAudit(AuditDock *audit);
    void commentOnFinding(const QString &target, const QString &message);
    // Shows the review panel with the first comment on `target` selected.
    void showComments(const QString &target);

signals:
    // A comment's section or cell was double-clicked in the panel; a finding is shown here.
    void targetActivated(const QString &target);

private:
    void askName();
    // Asks for a comment's text and adds it; a refusal is shown where the user asked.
    void askComment(const QString &target, const QString &prompt);
    void retranslate();
    bool eventFilter(QObject *watched, QEvent *event) override;

    AppSettings &m_settings;
    QWidget *m_window;
    QDockWidget *m_dock;
    ReviewPanel *m_panel;
    QAction *m_name;
    QTreeView *m_navigation = nullptr;
    Document *m_document = nullptr;
    QPointer<AuditDock> m_audit;
};
