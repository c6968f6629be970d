#include "narrative/narrative.h"

#include "document/document.h"
#include "narrative/narrativegenerator.h"
#include "narrative/narrativetemplate.h"

Narrative::Narrative(QObject *parent)
    : QObject(parent)
{
}

Narrative::~Narrative() = default;

void Narrative::setDocument(Document *document)
{
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    m_wording.reset();
    m_error.clear();
    if (m_document) {
        m_wording = NarrativeTemplate::forTemplate(m_document->reportTemplate(), &m_error);
        connect(m_document, &Document::cellsChanged, this, &Narrative::regenerate);
        connect(m_document, &Document::layoutChanged, this, &Narrative::regenerate);
        connect(m_document, &Document::textChanged, this, &Narrative::regenerate);
        connect(m_document, &Document::departmentChanged, this, &Narrative::regenerate);
        connect(m_document, &Document::projectInserted, this, &Narrative::regenerate);
        connect(m_document, &Document::projectRemoved, this, &Narrative::regenerate);
        connect(m_document, &Document::projectChanged, this, &Narrative::regenerate);
        connect(m_document, &QObject::destroyed, this, [this] { setDocument(nullptr); });
    }
    regenerate();
}

void Narrative::regenerate()
{
    m_text
        = m_document && m_wording ? NarrativeGenerator::generate(*m_wording, *m_document) : NarrativeText();
    emit changed();
}
