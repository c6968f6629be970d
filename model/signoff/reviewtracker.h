#pragma once

#include "document/documentlistener.h"
#include "signoff/reviewstatus.h"

#include <QObject>

#include <memory>

class Document;

// Keeps a document's review status current for the views: listens to every committed edit
// (an edit to an approved section turns it to 审核后已修改, its undo turns it back) and says
// when the status may have changed.
class ReviewTracker : public QObject, public DocumentListener
{
    Q_OBJECT

public:
    explicit ReviewTracker(Document *document, QObject *parent = nullptr);
    ~ReviewTracker() override;

    const ReviewStatus &status() const { return *m_status; }
    Document *document() const { return m_document; }

    void documentCommitted(const StoreBatch &batch) override;

signals:
    void statusChanged();

private:
    Document *m_document;
    std::unique_ptr<ReviewStatus> m_status;
};
