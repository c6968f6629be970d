#include "narrative/narrativeview.h"

#include "narrative/inlinetexteditor.h"
#include "narrative/narrativehtml.h"

#include "commands/settext.h"
#include "document/document.h"
#include "narrative/narrative.h"

#include <QCursor>
#include <QEvent>
#include <QScrollBar>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include <utility>

namespace {

constexpr int PartThree = 3;

} // namespace

NarrativeView::NarrativeView(QWidget *parent)
    : QWidget(parent)
    , m_narrative(new Narrative(this))
    , m_browser(new QTextBrowser(this))
    , m_editor(new InlineTextEditor(m_browser->viewport()))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &NarrativeView::openLink);
    connect(m_narrative, &Narrative::changed, this, &NarrativeView::render);
    connect(m_editor, &InlineTextEditor::committed, this, &NarrativeView::commitText);
    connect(m_editor, &InlineTextEditor::cancelled, this, [this] { m_editedKey.clear(); });
    render();
}

NarrativeView::~NarrativeView() = default;

void NarrativeView::setDocument(Document *document)
{
    m_document = document;
    m_editor->hide();
    m_editedKey.clear();
    m_narrative->setDocument(document);
}

void NarrativeView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

void NarrativeView::render()
{
    if (!m_document) {
        m_browser->setPlainText(tr("No document is open."));
        return;
    }
    if (!m_narrative->errorString().isEmpty()) {
        m_browser->setPlainText(m_narrative->errorString());
        return;
    }
    // Regeneration follows every keystroke elsewhere; the reader keeps their place.
    const int scroll = m_browser->verticalScrollBar()->value();
    m_browser->setHtml(NarrativeHtml::render(m_narrative->text(), { PartThree }));
    m_browser->verticalScrollBar()->setValue(scroll);
}

void NarrativeView::openLink(const QUrl &url)
{
    if (url.scheme() == QLatin1String("text")) {
        editText(url.path());
        return;
    }
    bool ok = false;
    const int index = url.path().toInt(&ok);
    const QList<NarrativeFigure> &figures = m_narrative->text().figures;
    if (url.scheme() != QLatin1String("figure") || !ok || index < 0 || index >= figures.size())
        return;
    const NarrativeFigure &figure = figures.at(index);
    if (!figure.cells.isEmpty())
        emit cellActivated(figure.cells.constFirst());
    else if (figure.project >= 0)
        emit projectActivated(figure.project);
}

void NarrativeView::editText(const QString &key)
{
    if (!m_document || m_document->isReadOnly())
        return;
    m_editedKey = key;
    // Lay the editor over the line that was clicked, the full width of the page.
    QWidget *viewport = m_browser->viewport();
    const QPoint clicked = viewport->mapFromGlobal(QCursor::pos());
    const QRect line = m_browser->cursorRect(m_browser->cursorForPosition(clicked));
    const int height = m_editor->fontMetrics().lineSpacing() * 4;
    const int top = qBound(0, line.bottom() + 2, qMax(0, viewport->height() - height));
    m_editor->setGeometry(0, top, viewport->width(), height);
    m_editor->edit(m_document->data().texts.value(key));
}

void NarrativeView::commitText(const QString &text)
{
    const QString key = std::exchange(m_editedKey, QString());
    if (!m_document || key.isEmpty() || m_document->data().texts.value(key) == text)
        return;
    m_document->push(new SetText(m_document, key, text));
}
