#include "layoutrenderers.h"

#include <QHash>
#include <QSet>

namespace pcitopo {

namespace {

QString hotplugNote(HotplugState state) {
    switch (state) {
    case HotplugState::Hotpluggable:
        return QStringLiteral(" [hotplug]");
    case HotplugState::HotplugOff:
        return QStringLiteral(" [hotplug off]");
    case HotplugState::NotHotpluggable:
        break;
    }
    return QString();
}

class TextTree {
public:
    explicit TextTree(const TopologyLayout& layout) : m_layout(layout) {
        for (const LayoutItem& item : layout.items())
            if (!item.parentId.isEmpty())
                m_children[item.parentId].append(&item);
    }

    QString render() {
        for (const LayoutItem& item : m_layout.items())
            if (item.kind == LayoutItemKind::BusBox && !m_done.contains(item.id) && !isLinked(item))
                bus(item, QString());
        if (const LayoutItem* tray = m_layout.item(QStringLiteral("unplaced"))) {
            m_out += tray->label + u'\n';
            const QList<const LayoutItem*> chips = m_children.value(tray->id);
            for (int i = 0; i < chips.size(); ++i)
                line(QString(), i + 1 == chips.size(), chipText(*chips[i]));
        }
        return m_out;
    }

private:
    bool isLinked(const LayoutItem& box) const {
        return m_layout.item(QStringLiteral("link-bus-%1").arg(box.bus)) != nullptr;
    }

    void line(const QString& prefix, bool last, const QString& text) {
        m_out += prefix + (last ? QStringLiteral("`-- ") : QStringLiteral("|-- ")) + text + u'\n';
    }

    static QString chipText(const LayoutItem& chip) {
        return chip.detail.isEmpty() ? chip.label
                                     : QStringLiteral("%1 (%2)").arg(chip.label, chip.detail);
    }

    void bus(const LayoutItem& box, const QString& prefix) {
        m_done.insert(box.id);
        m_out += box.label + QStringLiteral("  ") + box.detail + u'\n';
        const QList<const LayoutItem*> cells = m_children.value(box.id);
        for (int i = 0; i < cells.size(); ++i)
            cell(*cells[i], prefix, i + 1 == cells.size());
    }

    void cell(const LayoutItem& cell, const QString& prefix, bool last) {
        const QString childPrefix =
            prefix + (last ? QStringLiteral("    ") : QStringLiteral("|   "));
        if (cell.kind == LayoutItemKind::CollapsedCells) {
            line(prefix, last, cell.label + hotplugNote(cell.hotplug));
            return;
        }
        QList<const LayoutItem*> chips;
        QHash<int, const LayoutItem*> links; // function → link to the bus of the controller
        for (const LayoutItem* child : m_children.value(cell.id)) {
            if (child->kind == LayoutItemKind::Chip)
                chips.append(child);
            else if (child->kind == LayoutItemKind::Link)
                links.insert(child->function, child);
        }
        QString head = cell.label;
        if (!cell.detail.isEmpty())
            head += u' ' + cell.detail;
        else if (chips.isEmpty())
            head += QStringLiteral(" free");
        if (chips.size() == 1)
            head += u' ' + chipText(*chips.first());
        line(prefix, last, head + hotplugNote(cell.hotplug));
        if (chips.size() == 1) {
            if (const LayoutItem* link = links.value(chips.first()->function))
                linkedBus(*link, childPrefix);
            return;
        }
        for (int i = 0; i < chips.size(); ++i) {
            const bool lastChip = i + 1 == chips.size();
            line(childPrefix, lastChip, chipText(*chips[i]));
            if (const LayoutItem* link = links.value(chips[i]->function))
                linkedBus(*link, childPrefix +
                                     (lastChip ? QStringLiteral("    ") : QStringLiteral("|   ")));
        }
    }

    void linkedBus(const LayoutItem& link, const QString& prefix) {
        const LayoutItem* box = m_layout.item(TopologyLayout::busId(link.bus));
        if (!box || m_done.contains(box->id))
            return;
        m_out += prefix + QStringLiteral("`-- ");
        bus(*box, prefix + QStringLiteral("    "));
    }

    const TopologyLayout& m_layout;
    QHash<QString, QList<const LayoutItem*>> m_children;
    QSet<QString> m_done;
    QString m_out;
};

} // namespace

QString renderText(const TopologyLayout& layout) {
    return TextTree(layout).render();
}

} // namespace pcitopo
