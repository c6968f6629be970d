#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class Document;
class QAction;
class QWidget;
class TemplateLibrary;
struct CellRef;

// The actions of 汇总: File › 汇总下属单位… (pick the unit files, the 本级 one and the new file,
// with progress), 重新汇总 (also offered when a rolled-up document is opened and a unit file
// changed since), and 来源单位… on the selected figure of a rolled-up document.
class RollupActions : public QObject
{
    Q_OBJECT

public:
    RollupActions(const TemplateLibrary &library, QWidget *parent);

    // Also checks a rolled-up document's unit files, once control returns to the event loop.
    void setDocument(Document *document);
    QList<QAction *> fileActions() const;
    QAction *sourcesAction() const { return m_sources; }
    void retranslate();

    // The steps behind the actions once the choices are made, for the actions and tests.
    bool rollUp(const QStringList &paths, const QString &mainPath, const QString &output);
    // Offers to roll up again when a unit file changed or went missing; true if it did.
    bool offerReroll();
    bool reroll();
    void showSources(const CellRef &ref);

signals:
    // A new document file was written and should become the open document.
    void openRequested(const QString &path);

private:
    void askRollUp();
    void showSourcesOfCurrentCell();
    void updateActions();

    const TemplateLibrary &m_library;
    QWidget *m_parent;
    QPointer<Document> m_document;
    QAction *m_rollUp;
    QAction *m_reroll;
    QAction *m_sources;
};
