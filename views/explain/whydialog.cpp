#include "whydialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace pcitopo {

QString WhyDialog::toHtml(const Explanation& explanation) {
    QString html;
    const QString text = explanation.isValid() ? explanation.text : explanation.error;
    for (const QString& block : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
        QStringList kept;
        for (const QString& line : block.trimmed().split(u'\n'))
            if (!line.startsWith(QStringLiteral("libvirt documentation: "))) // the link below
                kept << line.toHtmlEscaped();
        if (kept.isEmpty())
            continue;
        // The placement tables are aligned with spaces: keep them aligned.
        const bool table = kept.size() > 1 && kept[1].startsWith(QStringLiteral("  "));
        html += table ? QStringLiteral("<pre>") + kept.join(u'\n') + QStringLiteral("</pre>")
                      : QStringLiteral("<p>") + kept.join(QStringLiteral("<br>")) +
                            QStringLiteral("</p>");
    }
    if (!explanation.docs.url.isEmpty())
        html +=
            QStringLiteral("<p>") + QObject::tr("libvirt documentation:") +
            QStringLiteral(" <a href=\"%1\">%2</a></p>")
                .arg(explanation.docs.url.toHtmlEscaped(), explanation.docs.title.toHtmlEscaped());
    return html;
}

WhyDialog::WhyDialog(const Explanation& explanation, QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Why?"));
    m_browser = new QTextBrowser(this);
    m_browser->setOpenExternalLinks(true);
    m_browser->setAccessibleName(tr("Explanation"));
    m_browser->setHtml(toHtml(explanation));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(720, 480);
}

WhyDialog* WhyDialog::show(QWidget* parent, const Explanation& explanation) {
    auto* dialog = new WhyDialog(explanation, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->QDialog::show();
    return dialog;
}

} // namespace pcitopo
