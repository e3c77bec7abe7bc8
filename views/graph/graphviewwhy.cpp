// GraphView: "Why?" on a slot or chip (the Explainer's text in a WhyDialog), and the welcome
// screen while no domain is open: the teaching side of the graph.
#include "graphview.h"

#include "chipitem.h"
#include "common/editorcontext.h"
#include "explain/slotexplanation.h"
#include "explain/welcomepanel.h"
#include "explain/whydialog.h"
#include "graphscene.h"
#include "slotitem.h"

#include <QAction>

namespace pcitopo {

void GraphView::createWhyAction() {
    m_whyAction = new QAction(tr("&Why?"), this);
    m_whyAction->setShortcut(QKeySequence(Qt::Key_F1));
    m_whyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_whyAction->setStatusTip(tr("Explain this slot: where its device may go, whether it "
                                 "hotplugs here, and why (with the libvirt documentation)"));
    addAction(m_whyAction);
    connect(m_whyAction, &QAction::triggered, this, &GraphView::showWhy);
    m_welcome = new WelcomePanel(viewport());
    m_welcome->hide();
    connect(m_welcome, &WelcomePanel::dismissed, this, [this] { setWelcomeVisible(false); });
}

void GraphView::setWelcomeVisible(bool visible) {
    m_welcome->setVisible(visible);
    updateWelcome();
}

// A banner across the top of the viewport, as tall as its text needs.
void GraphView::updateWelcome() {
    if (!m_welcome || !m_welcome->isVisible())
        return;
    const QSize area = viewport()->size();
    const int width = std::max(200, std::min(area.width() - 24, 760));
    const int height = std::min(area.height() - 24, m_welcome->heightForWidth(width));
    m_welcome->setGeometry((area.width() - width) / 2, 12, width, std::max(height, 80));
}

GraphView::SlotRef GraphView::slotRefAt(const QPointF& scenePos) const {
    SlotRef ref;
    if (const SlotItem* slot = m_scene->slotAt(scenePos)) {
        ref.bus = slot->look().bus;
        ref.slot = slot->look().slot;
    }
    const ChipItem* chip = m_scene->chipAt(scenePos);
    if (!chip || !m_context->hasDocument())
        return ref;
    const Topology& topo = m_context->shownTopology();
    if (const auto at = topo.placementOf(topo.deviceIndexOf(chip->element()))) {
        ref.bus = at->bus;
        ref.slot = at->slot;
        ref.function = at->function;
    }
    return ref;
}

GraphView::SlotRef GraphView::whySubject() const {
    if (m_contextSlot.isValid() || !m_context->hasDocument())
        return m_contextSlot;
    const Topology& topo = m_context->shownTopology();
    SlotRef ref;
    if (const auto at = topo.placementOf(topo.deviceIndexOf(m_context->selection()))) {
        ref.bus = at->bus;
        ref.slot = at->slot;
        ref.function = at->function;
    }
    return ref;
}

void GraphView::showWhy() {
    const SlotRef ref = whySubject();
    if (!ref.isValid()) {
        emit statusMessage(tr("Why? explains a slot: right-click one, or select a placed device"));
        return;
    }
    WhyDialog::show(this, explainSlot(m_context->shownTopology(), ref.bus, ref.slot, ref.function));
}

} // namespace pcitopo
