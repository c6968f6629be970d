#pragma once

#include <QList>
#include <QMetaObject>
#include <QPointer>
#include <QWidget>

class Document;
class QChartView;
class QGridLayout;

// The Charts page of the editor: every chart of the disclosure, live with the data. Redraws
// once per burst of edits, when the event loop is idle.
class ChartsPage : public QWidget {
    Q_OBJECT

public:
    explicit ChartsPage(QWidget *parent = nullptr);
    ~ChartsPage() override;

    void setDocument(Document *document);
    Document *document() const;
    // How many charts are shown (for tests).
    int chartCount() const { return int(m_views.size()); }
    QChartView *chartView(int index) const { return m_views.value(index); }

private:
    void scheduleRefresh();
    void refresh();

    QPointer<Document> m_document;
    QList<QMetaObject::Connection> m_connections;
    QList<QChartView *> m_views;
    QGridLayout *m_grid;
    bool m_refreshPending = false;
};
