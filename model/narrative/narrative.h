#pragma once

#include "narrative/narrativetext.h"

#include <QObject>
#include <QPointer>

#include <memory>

class Document;
class NarrativeTemplate;

// The narrative of one document, kept current: regenerated whenever a cell, a text, the
// department or a project changes, with changed() emitted after each regeneration.
class Narrative : public QObject {
    Q_OBJECT

public:
    explicit Narrative(QObject *parent = nullptr);
    ~Narrative() override;

    // Loads the wording of the document's template; without one, text() stays empty and
    // errorString() says why.
    void setDocument(Document *document);
    Document *document() const { return m_document; }

    const NarrativeText &text() const { return m_text; }
    const QString &errorString() const { return m_error; }
    // The required texts (reasons, uses) that are empty where the narrative needs them, in
    // document order; each key can be filled with a SetText command.
    const QList<MissingReason> &missingReasons() const { return m_text.missingReasons; }

signals:
    void changed();

private:
    void regenerate();

    QPointer<Document> m_document;
    std::shared_ptr<const NarrativeTemplate> m_wording;
    NarrativeText m_text;
    QString m_error;
};
