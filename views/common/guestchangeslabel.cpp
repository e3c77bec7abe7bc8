#include "guestchangeslabel.h"

#include "common/editorcontext.h"
#include "diff/domaindiff.h"
#include "session/documentsession.h"

namespace pcitopo {

GuestChangesLabel::GuestChangesLabel(EditorContext* context, QWidget* parent)
    : QLabel(parent), m_context(context) {
    setAccessibleName(tr("Guest-visible changes since open"));
    hide();
    connect(m_context, &EditorContext::sessionChanged, this, [this] {
        m_baseline.reset();
        if (DocumentSession* session = m_context->session()) {
            connect(session, &DocumentSession::cleanChanged, this,
                    &GuestChangesLabel::sessionCleanChanged, Qt::UniqueConnection);
            // Another document opened (a clean one replacing a clean one sends no cleanChanged)
            connect(session, &DocumentSession::documentReplaced, this,
                    &GuestChangesLabel::documentReplaced, Qt::UniqueConnection);
        }
    });
    connect(m_context, &EditorContext::refreshed, this, &GuestChangesLabel::update);
}

void GuestChangesLabel::sessionCleanChanged(bool clean) {
    if (clean) // saved (or undone back to the saved text): the new baseline
        takeBaseline();
}

void GuestChangesLabel::documentReplaced() {
    m_baseline.reset(); // the next refresh takes the new document
}

void GuestChangesLabel::takeBaseline() {
    if (m_context->hasDocument())
        m_baseline = m_context->document();
    update();
}

void GuestChangesLabel::update() {
    if (!m_context->hasDocument())
        return;
    if (!m_baseline)
        m_baseline = m_context->document();
    m_count = 0;
    QStringList lines;
    if (m_baseline->text() != m_context->document().text()) {
        const DomainDiff diff = diffDomains(*m_baseline, m_context->document(), m_context->rules());
        for (const DomainChange& c : diff.changes) {
            if (!c.guestVisible())
                continue;
            ++m_count;
            lines << tr("%1 %2: %3 → %4 (%5)").arg(c.kind, c.subject, c.before, c.after, c.why);
        }
    }
    setVisible(m_count > 0);
    setText(tr("Guest-visible changes since open: %1").arg(m_count));
    setToolTip(lines.mid(0, 30).join(u'\n'));
}

} // namespace pcitopo
