#include "welcomepanel.h"

#include "learnexamples.h"

#include <QLabel>
#include <QVBoxLayout>

namespace pcitopo {

namespace {

QString welcomeHtml() {
    QString html = QStringLiteral("<p align=\"right\"><a href=\"hide:\">") + QObject::tr("Hide") +
                   QStringLiteral("</a></p><p><b>") + QObject::tr("Welcome to pcitopo.") +
                   QStringLiteral("</b> ") +
                   QObject::tr("This is a new q35 domain. Drag devices from the palette into "
                               "slots, or:") +
                   QStringLiteral("</p><p><a href=\"new:q35\">") + QObject::tr("New q35 domain") +
                   QStringLiteral("</a> · <a href=\"new:pc\">") + QObject::tr("New pc domain") +
                   QStringLiteral("</a> · <a href=\"open:\">") + QObject::tr("Open a domain XML…") +
                   QStringLiteral("</a></p>");
    const QList<LearnExample> examples = learnExamples();
    if (examples.isEmpty())
        return html;
    html +=
        QStringLiteral("<h3>") + QObject::tr("Learn from an example") + QStringLiteral("</h3><ul>");
    for (const LearnExample& e : examples)
        html += QStringLiteral("<li><a href=\"example:%1\">%2</a><br><small>%3</small></li>")
                    .arg(e.resourcePath.toHtmlEscaped(), e.title.toHtmlEscaped(),
                         e.summary.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

} // namespace

WelcomePanel::WelcomePanel(QWidget* parent) : QFrame(parent) {
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label = new QLabel(welcomeHtml(), this);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_label->setOpenExternalLinks(false);
    m_label->setAccessibleName(tr("Welcome"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(m_label);
    connect(m_label, &QLabel::linkActivated, this, &WelcomePanel::activateLink);
}

void WelcomePanel::activateLink(const QString& link) {
    if (link.startsWith(QStringLiteral("new:")))
        emit newRequested(link.mid(4));
    else if (link == u"open:")
        emit openRequested();
    else if (link.startsWith(QStringLiteral("example:")))
        emit exampleRequested(link.mid(8));
    else if (link == u"hide:")
        emit dismissed();
}

} // namespace pcitopo
