#include "signoff/reviewtracker.h"

#include "document/document.h"

ReviewTracker::ReviewTracker(Document *document, QObject *parent)
    : QObject(parent), m_document(document), m_status(std::make_unique<ReviewStatus>(*document))
{
    m_document->addListener(this);
    // A tracker may outlive its document when both belong to a window being torn down.
    connect(m_document, &QObject::destroyed, this, [this] { m_document = nullptr; });
}

ReviewTracker::~ReviewTracker()
{
    if (m_document)
        m_document->removeListener(this);
}

void ReviewTracker::documentCommitted(const StoreBatch &)
{
    // Every section is fingerprinted again: an edit in one table also changes the figures
    // other tables compute from it, which a reviewer approved as they were.
    m_status = std::make_unique<ReviewStatus>(*m_document);
    emit statusChanged();
}
