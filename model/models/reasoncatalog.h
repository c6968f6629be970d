#pragma once

#include "document/cellref.h"

#include <QList>
#include <QString>
#include <QStringList>

class Document;

// What each reason and use the narrative asks for explains, in the profile's own words: the
// sentence it completes ("公务用车购置费支出2.00万元，主要原因是"), after the 项 or 类 it is
// about, and the cells whose figures that paragraph states. Lets a user find and write a reason
// from its figure, never by its key.
class ReasonCatalog
{
public:
    struct Entry {
        QString key; // the document text key, never shown
        QString label;
        QList<CellRef> cells;
    };

    static ReasonCatalog build(const Document &document);

    const QList<Entry> &entries() const { return m_entries; }
    // Whether the narrative asks for this key.
    bool asks(const QString &key) const;
    // The label of a key the narrative asks for; for any other reason key, what its code names.
    QString label(const QString &key) const;
    // The reasons whose paragraph states the figure of `cell`, in document order.
    QStringList keysForCell(const CellRef &cell) const;

private:
    const Document *m_document = nullptr;
    QList<Entry> m_entries;
};
