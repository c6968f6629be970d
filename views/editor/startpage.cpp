#include "editor/startpage.h"

#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_new(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_recentLabel(new QLabel(this))
    , m_recent(new QListWidget(this))
    , m_forget(new QPushButton(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_open);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 48, 48, 48);
    layout->addWidget(m_heading);
    layout->addLayout(buttons);
    layout->addWidget(m_recentLabel);
    layout->addWidget(m_recent, 1);
    auto *recentButtons = new QHBoxLayout;
    recentButtons->addWidget(m_forget);
    recentButtons->addStretch();
    layout->addLayout(recentButtons);
    m_forget->setEnabled(false);
    connect(m_recent, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *current) { m_forget->setEnabled(current != nullptr); });
    connect(m_forget, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_recent->currentItem())
            emit forgetRequested(item->data(Qt::UserRole).toString());
    });
    connect(m_new, &QPushButton::clicked, this, &StartPage::newRequested);
    connect(m_open, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit recentRequested(item->data(Qt::UserRole).toString()); });
    retranslate();
}

void StartPage::setRecentFiles(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        const bool missing = !QFileInfo::exists(path);
        const QString shown = QDir::toNativeSeparators(path);
        auto *item = new QListWidgetItem(missing ? tr("%1 (missing)").arg(shown) : shown, m_recent);
        item->setData(Qt::UserRole, path);
        if (missing)
            item->setForeground(QColor(0x88, 0x88, 0x88));
    }
    m_recentLabel->setVisible(!paths.isEmpty());
    m_recent->setVisible(!paths.isEmpty());
    m_forget->setVisible(!paths.isEmpty());
    m_forget->setEnabled(m_recent->currentItem() != nullptr);
}

void StartPage::retranslate()
{
    m_heading->setText(tr("Final Accounts Editor"));
    m_new->setText(tr("New disclosure…"));
    m_open->setText(tr("Open…"));
    m_recentLabel->setText(tr("Recent files (double-click to open):"));
    m_forget->setText(tr("Remove from list"));
}

void StartPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
