#include "editor/reasondialog.h"

#include "commands/settext.h"
#include "document/document.h"
#include "models/reasoncatalog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QUndoStack>
#include <QVBoxLayout>

ReasonDialog::ReasonDialog(Document *document, const ReasonCatalog &catalog, const QStringList &keys, QWidget *parent)
    : QDialog(parent), m_document(document), m_keys(keys)
{
    setWindowTitle(tr("Reason for this figure"));
    auto *layout = new QVBoxLayout(this);
    for (const QString &key : keys) {
        auto *label = new QLabel(catalog.label(key), this);
        label->setWordWrap(true);
        auto *edit = new QPlainTextEdit(document->data().texts.value(key), this);
        edit->setTabChangesFocus(true);
        edit->setPlaceholderText(tr("The reason, as it should read in the explanations"));
        label->setBuddy(edit);
        layout->addWidget(label);
        layout->addWidget(edit);
        m_edits.append(edit);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, sizeHint().height());
}

void ReasonDialog::accept()
{
    QList<qsizetype> changed;
    for (qsizetype i = 0; i < m_keys.size(); ++i) {
        if (m_edits.at(i)->toPlainText().trimmed() != m_document->data().texts.value(m_keys.at(i)))
            changed.append(i);
    }
    // Several reasons written at once are undone at once.
    const bool several = changed.size() > 1 && !m_document->isReadOnly();
    if (several)
        m_document->undoStack()->beginMacro(tr("Write the reasons for a figure"));
    for (const qsizetype i : std::as_const(changed))
        m_document->push(new SetText(m_document, m_keys.at(i), m_edits.at(i)->toPlainText().trimmed()));
    if (several)
        m_document->undoStack()->endMacro();
    QDialog::accept();
}
