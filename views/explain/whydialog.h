#pragma once

// The "Why?" window: the Explainer's text (the same as `pcitopo explain`) and a link to the
// libvirt documentation page that covers it, opened in the user's browser.
//
//     WhyDialog::show(this, explainSlot(context->topology(), bus, slot));

#include "explain/explainer.h"

#include <QDialog>

class QTextBrowser;

namespace pcitopo {

class WhyDialog final : public QDialog {
    Q_OBJECT
public:
    explicit WhyDialog(const Explanation& explanation, QWidget* parent = nullptr);

    // Opens a non-modal dialog that deletes itself when closed.
    static WhyDialog* show(QWidget* parent, const Explanation& explanation);

    QTextBrowser* browser() const { return m_browser; }
    // The explanation as HTML: paragraphs for blank-line separated blocks, then the link.
    static QString toHtml(const Explanation& explanation);

private:
    QTextBrowser* m_browser = nullptr;
};

} // namespace pcitopo
