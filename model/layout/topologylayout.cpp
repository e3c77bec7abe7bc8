// Two passes, like lstopo: sizes first (every bus box, then every subtree), then positions.
#include "topologylayout.h"

#include <QSet>
#include <algorithm>
#include <cmath>
#include <limits>

namespace pcitopo {

QString TopologyLayout::busId(int bus) {
    return QStringLiteral("bus-%1").arg(bus);
}
QString TopologyLayout::cellId(int bus, int slot) {
    return QStringLiteral("bus-%1-slot-%2").arg(bus).arg(slot);
}
QString TopologyLayout::chipId(int bus, int slot, int function) {
    return QStringLiteral("bus-%1-slot-%2-fn-%3").arg(bus).arg(slot).arg(function);
}

QString TopologyLayout::modelClass(const QString& model) {
    if (model == u"pcie-root" || model == u"pci-root")
        return QStringLiteral("root-complex");
    if (model == u"pcie-root-port")
        return QStringLiteral("root-port");
    if (model == u"pcie-switch-upstream-port")
        return QStringLiteral("upstream-port");
    if (model == u"pcie-switch-downstream-port")
        return QStringLiteral("downstream-port");
    if (model == u"pci-expander-bus")
        return QStringLiteral("expander-bus");
    return model.isEmpty() ? QStringLiteral("unknown") : model;
}

const LayoutItem* TopologyLayout::item(const QString& id) const {
    const auto it = m_byId.constFind(id);
    return it == m_byId.constEnd() ? nullptr : &m_items[*it];
}

const LayoutItem* TopologyLayout::itemAt(const QPointF& point,
                                         const QList<LayoutItemKind>& kinds) const {
    for (auto it = m_items.crbegin(); it != m_items.crend(); ++it)
        if (it->kind != LayoutItemKind::Link && it->rect.contains(point) &&
            (kinds.isEmpty() || kinds.contains(it->kind)))
            return &*it;
    return nullptr;
}

const LayoutItem* TopologyLayout::cellFor(int bus, int slot) const {
    if (const LayoutItem* cell = item(cellId(bus, slot)))
        return cell;
    for (const LayoutItem& i : m_items)
        if (i.kind == LayoutItemKind::CollapsedCells && i.bus == bus && i.slot <= slot &&
            slot <= i.lastSlot)
            return &i;
    return nullptr;
}

QList<const LayoutItem*> TopologyLayout::children(const QString& parentId) const {
    QList<const LayoutItem*> result;
    for (const LayoutItem& i : m_items)
        if (i.parentId == parentId)
            result.append(&i);
    return result;
}

namespace {

// The smallest rectangle holding every point of an orthogonal route.
QRectF boundingRect(const QList<QPointF>& points) {
    if (points.isEmpty())
        return QRectF();
    qreal left = points.first().x(), right = left, top = points.first().y(), bottom = top;
    for (const QPointF& p : points) {
        left = std::min(left, p.x());
        right = std::max(right, p.x());
        top = std::min(top, p.y());
        bottom = std::max(bottom, p.y());
    }
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

QString hex2(int value) {
    return QStringLiteral("%1").arg(value, 2, 16, QLatin1Char('0'));
}

// A cell or a collapsed run of cells of one bus.
struct CellGroup {
    int first = 0;
    int last = 0;
    bool collapsed() const { return last > first; }
};

struct BusSize {
    QList<CellGroup> groups;
    qreal boxWidth = 0;
    qreal boxHeight = 0;
    qreal cellHeight = 0;
};

} // namespace

class LayoutBuilder {
public:
    LayoutBuilder(const Topology& topology, const LayoutMetrics& metrics)
        : m_topo(topology), m_m(metrics) {
        m_layout.m_metrics = metrics;
    }

    TopologyLayout build() {
        for (const Bus& bus : m_topo.buses())
            m_sizes.insert(bus.index, measureBus(bus));
        qreal y = 0;
        qreal width = 0;
        if (m_topo.rootBus()) {
            const QSizeF size = subtreeSize(0);
            placeSubtree(0, 0, 0);
            y = size.height();
            width = size.width();
        }
        const QSizeF detached = placeDetached(y + m_m.gapY);
        width = std::max(width, detached.width());
        y += detached.height() > 0 ? m_m.gapY + detached.height() : 0;
        const QSizeF tray = placeUnplaced(y + m_m.gapY);
        width = std::max(width, tray.width());
        y += tray.height() > 0 ? m_m.gapY + tray.height() : 0;
        m_layout.m_size = QSizeF(width, y);
        finish();
        return std::move(m_layout);
    }

private:
    // --- sizes ------------------------------------------------------------------------------
    BusSize measureBus(const Bus& bus) const {
        BusSize s;
        int maxFunctions = 1;
        for (int i = 0; i < bus.cells.size(); ++i) {
            const Slot& cell = bus.cells[i];
            maxFunctions = std::max(maxFunctions, int(cell.functions.size()));
            int last = i;
            if (cell.isFree())
                while (last + 1 < bus.cells.size() && bus.cells[last + 1].isFree() &&
                       bus.cells[last + 1].hotplug == cell.hotplug)
                    ++last;
            if (last - i + 1 >= m_m.collapseMin) {
                s.groups.append({i, last});
                i = last;
            } else {
                s.groups.append({i, i});
            }
        }
        s.cellHeight = m_m.cellHeader + maxFunctions * m_m.chipHeight + m_m.padding;
        const int groups = int(std::max<qsizetype>(1, s.groups.size()));
        const int columns = cellColumns(groups);
        const int rows = (groups + columns - 1) / columns;
        s.boxWidth = columns * m_m.cellWidth + (columns + 1) * m_m.padding;
        s.boxHeight = m_m.busHeader + rows * (s.cellHeight + m_m.padding);
        return s;
    }

    // Cells per row of a bus box: a bridge with 31 devices wraps instead of running 4000 px wide.
    int cellColumns(int groups) const {
        return m_m.maxCellsPerRow > 0 ? std::min(groups, m_m.maxCellsPerRow) : groups;
    }

    bool framed(const Bus& bus) const { return bus.isExpander && bus.numaNode.has_value(); }

    // The child buses of a bus, once: a cycle (q3) is cut where it closes and drawn where it
    // was first reached.
    QList<int> childrenOf(const Bus& bus) {
        if (const auto it = m_children.constFind(bus.index); it != m_children.constEnd())
            return *it;
        QList<int> children;
        for (int child : bus.childBuses) {
            if (m_measuring.contains(child))
                continue;
            children.append(child);
            m_measuring.insert(child);
        }
        m_children.insert(bus.index, children);
        return children;
    }

    // Wrapped rows leave a gutter at their left that carries the links down to the lower rows,
    // so no link crosses a box.
    qreal gutter(qsizetype rows) const { return rows > 1 ? m_m.gapX : 0; }

    static QList<QList<int>> wrap(const QList<int>& children, int columns) {
        QList<QList<int>> rows;
        for (int i = 0; i < children.size(); i += columns)
            rows.append(children.mid(i, columns));
        return rows;
    }

    // The size of a bus box with its child subtrees (already measured) in `rows` below it.
    QSizeF extent(const BusSize& own, const QList<QList<int>>& rows) const {
        qreal width = 0;
        qreal height = own.boxHeight;
        for (const QList<int>& row : rows) {
            qreal rowWidth = 0;
            qreal rowHeight = 0;
            for (int child : row) {
                const QSizeF c = m_subtree.value(child);
                rowWidth += (rowWidth > 0 ? m_m.gapX : 0) + c.width();
                rowHeight = std::max(rowHeight, c.height());
            }
            width = std::max(width, rowWidth);
            height += m_m.gapY + rowHeight;
        }
        return QSizeF(std::max(own.boxWidth, width + gutter(rows.size())), height);
    }

    // As many children per row as bring the subtree nearest to the wanted aspect ratio (lstopo
    // and KiCad wrap the same way): 7 root ports make two rows, not one strip.
    QList<QList<int>> chooseRows(const BusSize& own, const QList<int>& children) const {
        if (children.isEmpty())
            return {};
        if (m_m.maxChildrenPerRow > 0)
            return wrap(children, m_m.maxChildrenPerRow);
        QList<QList<int>> best;
        qreal bestScore = std::numeric_limits<qreal>::max();
        qsizetype lastRowCount = -1;
        for (int columns = int(children.size()); columns >= 1; --columns) {
            const qsizetype rowCount = (children.size() + columns - 1) / columns;
            if (rowCount == lastRowCount)
                continue; // the same number of rows, only a fuller last one
            lastRowCount = rowCount;
            const QList<QList<int>> rows = wrap(children, columns);
            const QSizeF size = extent(own, rows);
            const qreal score = std::abs(std::log(size.width() / size.height() / m_m.targetAspect));
            if (score < bestScore) {
                bestScore = score;
                best = rows;
            }
            if (size.width() <= own.boxWidth)
                break; // rows that fit under the bus's own box: more rows only add height
        }
        return best;
    }

    QSizeF subtreeSize(int index) {
        if (const auto it = m_subtree.constFind(index); it != m_subtree.constEnd())
            return *it;
        const Bus& bus = *m_topo.bus(index);
        const BusSize& own = m_sizes[index];
        m_measuring.insert(index);
        const QList<int> children = childrenOf(bus);
        for (int child : children)
            subtreeSize(child);
        const QList<QList<int>> rows = chooseRows(own, children);
        m_rows.insert(index, rows);
        QSizeF size = extent(own, rows);
        if (framed(bus)) // room for the NUMA frame and its label
            size += QSizeF(2 * m_m.framePadding, 2 * m_m.framePadding + m_m.cellHeader);
        m_subtree.insert(index, size);
        return size;
    }

    // --- positions --------------------------------------------------------------------------
    void placeSubtree(int index, qreal x, qreal y) {
        const Bus& bus = *m_topo.bus(index);
        if (m_placed.contains(index))
            return;
        m_placed.insert(index);
        if (framed(bus)) {
            addNumaFrame(bus, QRectF(QPointF(x, y), m_subtree[index]));
            x += m_m.framePadding;
            y += m_m.framePadding + m_m.cellHeader;
        }
        placeBus(bus, x, y, QString());
        const QList<QList<int>> rows = m_rows.value(index);
        const qreal firstChannel = y + m_sizes[index].boxHeight + m_m.gapY / 2;
        qreal rowY = y + m_sizes[index].boxHeight + m_m.gapY;
        for (const QList<int>& row : rows) {
            qreal cx = x + gutter(rows.size());
            qreal rowHeight = 0;
            for (int child : row) {
                if (m_placed.contains(child))
                    continue;
                const QSizeF c = subtreeSize(child);
                placeSubtree(child, cx, rowY);
                addLink(*m_topo.bus(child), {x + m_m.gapX / 2, firstChannel, rowY - m_m.gapY / 2});
                cx += c.width() + m_m.gapX;
                rowHeight = std::max(rowHeight, c.height());
            }
            rowY += rowHeight + m_m.gapY;
        }
    }

    // Buses reached from no root: gap-filled ones, unplaced controllers, cycles.
    QSizeF placeDetached(qreal y) {
        qreal x = 0;
        qreal height = 0;
        for (const Bus& bus : m_topo.buses()) {
            if (m_placed.contains(bus.index))
                continue;
            const QSizeF size = subtreeSize(bus.index);
            placeSubtree(bus.index, x, y);
            x += size.width() + m_m.gapX;
            height = std::max(height, size.height());
        }
        return QSizeF(std::max<qreal>(0, x - m_m.gapX), height);
    }

    void placeBus(const Bus& bus, qreal x, qreal y, const QString& parentId) {
        const BusSize& size = m_sizes[bus.index];
        LayoutItem box;
        box.kind = LayoutItemKind::BusBox;
        box.id = TopologyLayout::busId(bus.index);
        box.parentId = parentId;
        box.classes = {QStringLiteral("bus"), TopologyLayout::modelClass(bus.model)};
        addModelName(box.classes, bus.model);
        if (bus.implicit)
            box.classes << QStringLiteral("implicit");
        if (bus.planned())
            box.classes << QStringLiteral("planned");
        box.planned = bus.planned();
        if (!bus.isRoot() && !bus.parentAddress)
            box.classes << QStringLiteral("detached");
        box.rect = QRectF(x, y, size.boxWidth, size.boxHeight);
        box.label = bus.isRoot()
                        ? QStringLiteral("%1 (%2)").arg(bus.model, machineName(m_topo.machine()))
                        : bus.model;
        box.detail = busDetail(bus);
        box.bus = bus.index;
        box.element = bus.element;
        box.hotplug = bus.hotplugOff ? HotplugState::HotplugOff : HotplugState::NotHotpluggable;
        m_busRects.insert(bus.index, box.rect);
        const QString boxId = box.id;
        add(std::move(box));
        const int columns = cellColumns(int(std::max<qsizetype>(1, size.groups.size())));
        for (int i = 0; i < size.groups.size(); ++i) {
            const CellGroup& group = size.groups[i];
            const qreal cx = x + m_m.padding + (i % columns) * (m_m.cellWidth + m_m.padding);
            const qreal cy = y + m_m.busHeader + (i / columns) * (size.cellHeight + m_m.padding);
            const QRectF rect(cx, cy, m_m.cellWidth, size.cellHeight);
            if (group.collapsed())
                addCollapsed(bus, group, rect, boxId);
            else
                addCell(bus, bus.cells[group.first], rect, boxId);
        }
    }

    // The libvirt model name as a class too ("pcie-root-port" beside the short "root-port"), so
    // users style and script an SVG with the names they write in the XML.
    static void addModelName(QStringList& classes, const QString& model) {
        if (!model.isEmpty() && !classes.contains(model))
            classes << model;
    }

    static QString busDetail(const Bus& bus) {
        const QString guest = bus.guestBusNumber >= 0
                                  ? QStringLiteral("0x") + hex2(bus.guestBusNumber)
                                  : QStringLiteral("?");
        QString detail = QStringLiteral("index %1 · guest bus %2").arg(bus.index).arg(guest);
        if (bus.implicit)
            detail += bus.isRoot() ? QStringLiteral(" · implicit") : QStringLiteral(" · gap");
        if (bus.planned())
            detail += QStringLiteral(" · libvirt will add");
        return detail;
    }

    void addCollapsed(const Bus& bus, const CellGroup& group, const QRectF& rect,
                      const QString& parent) {
        LayoutItem run;
        run.kind = LayoutItemKind::CollapsedCells;
        run.id =
            QStringLiteral("bus-%1-slots-%2-%3").arg(bus.index).arg(group.first).arg(group.last);
        run.parentId = parent;
        const HotplugState hotplug = bus.cells[group.first].hotplug;
        run.classes = {QStringLiteral("slots"), TopologyLayout::modelClass(bus.model),
                       QStringLiteral("free"), hotplugStateName(hotplug)};
        addModelName(run.classes, bus.model);
        run.rect = rect;
        run.label = QStringLiteral("slots %1–%2 free").arg(hex2(group.first), hex2(group.last));
        run.bus = bus.index;
        run.slot = group.first;
        run.lastSlot = group.last;
        run.hotplug = hotplug;
        add(std::move(run));
    }

    void addCell(const Bus& bus, const Slot& slot, const QRectF& rect, const QString& parent) {
        LayoutItem cell;
        cell.kind = LayoutItemKind::Cell;
        cell.id = TopologyLayout::cellId(bus.index, slot.slot);
        cell.parentId = parent;
        const QString state = !slot.usable               ? QStringLiteral("unusable")
                              : slot.functions.isEmpty() ? QStringLiteral("free")
                                                         : QStringLiteral("occupied");
        cell.classes = {QStringLiteral("slot"), TopologyLayout::modelClass(bus.model), state,
                        hotplugStateName(slot.hotplug)};
        addModelName(cell.classes, bus.model);
        cell.rect = rect;
        cell.label = hex2(slot.slot);
        cell.detail = slot.unusableReason;
        cell.bus = bus.index;
        cell.slot = slot.slot;
        cell.hotplug = slot.hotplug;
        const QString cellId = cell.id;
        m_cellRects.insert(cellId, rect);
        add(std::move(cell));
        qreal y = rect.top() + m_m.cellHeader;
        int repeat = 0;
        for (int i = 0; i < slot.functions.size(); ++i) {
            const Occupant& o = slot.functions[i];
            repeat = i > 0 && slot.functions[i - 1].function == o.function ? repeat + 1 : 0;
            const QRectF chipRect(rect.left() + m_m.padding, y, rect.width() - 2 * m_m.padding,
                                  m_m.chipHeight - 2);
            addChip(bus, slot, o, chipRect, cellId, repeat);
            y += m_m.chipHeight;
        }
    }

    void addChip(const Bus& bus, const Slot& slot, const Occupant& o, const QRectF& rect,
                 const QString& parent, int repeat) {
        LayoutItem chip;
        chip.kind = LayoutItemKind::Chip;
        chip.id = TopologyLayout::chipId(bus.index, slot.slot, o.function);
        if (repeat > 0)
            chip.id += QStringLiteral("-%1").arg(repeat + 1);
        chip.parentId = parent;
        chip.classes = {QStringLiteral("chip"), iconClassName(o.icon)};
        if (o.childBus >= 0) {
            chip.classes << QStringLiteral("controller");
            if (const Bus* child = m_topo.bus(o.childBus))
                addModelName(chip.classes, child->model);
        }
        if (o.chipset)
            chip.classes << QStringLiteral("chipset");
        if (o.conflict)
            chip.classes << QStringLiteral("conflict");
        if (o.planned()) {
            chip.classes << QStringLiteral("planned");
            chip.planned = true;
            chip.detail = o.origin == Origin::AssignedByLibvirt
                              ? QStringLiteral("libvirt will assign this address")
                              : QStringLiteral("libvirt will add");
        }
        chip.rect = rect;
        chip.label = slot.isMultifunction() || o.function > 0
                         ? QStringLiteral(".%1 %2").arg(o.function).arg(o.label)
                         : o.label;
        chip.bus = bus.index;
        chip.slot = slot.slot;
        chip.function = o.function;
        chip.deviceIndex = o.deviceIndex;
        chip.element = o.element;
        chip.icon = o.icon;
        add(std::move(chip));
    }

    // Where a link may run: down the gutter, along the gap below the box and above its row.
    struct Route {
        qreal gutterX;
        qreal firstChannel;
        qreal rowChannel;
    };

    void addLink(const Bus& child, const Route& route) {
        if (!child.parentAddress)
            return;
        const QString from = TopologyLayout::cellId(child.parentBus, child.parentAddress->slot);
        const auto cell = m_cellRects.constFind(from);
        const auto box = m_busRects.constFind(child.index);
        if (cell == m_cellRects.constEnd() || box == m_busRects.constEnd())
            return;
        LayoutItem link;
        link.kind = LayoutItemKind::Link;
        link.id = QStringLiteral("link-bus-%1").arg(child.index);
        link.parentId = from;
        link.classes = {QStringLiteral("link")};
        if (child.planned())
            link.classes << QStringLiteral("planned");
        link.planned = child.planned();
        const QPointF start(cell->center().x(), cell->bottom());
        const QPointF end(box->left() + std::min<qreal>(box->width() / 2, 40), box->top());
        link.line = QLineF(start, end);
        link.path << start << QPointF(start.x(), route.firstChannel);
        if (route.rowChannel > route.firstChannel)
            link.path << QPointF(route.gutterX, route.firstChannel)
                      << QPointF(route.gutterX, route.rowChannel);
        link.path << QPointF(end.x(), route.rowChannel) << end;
        link.rect = boundingRect(link.path);
        link.bus = child.index;
        link.slot = child.parentAddress->slot;
        link.function = child.parentAddress->function;
        m_links.append(link);
    }

    void addNumaFrame(const Bus& bus, const QRectF& rect) {
        LayoutItem frame;
        frame.kind = LayoutItemKind::NumaFrame;
        frame.id = QStringLiteral("numa-%1-bus-%2").arg(*bus.numaNode).arg(bus.index);
        frame.classes = {QStringLiteral("numa-node")};
        frame.rect = rect;
        frame.label = QStringLiteral("NUMA node %1").arg(*bus.numaNode);
        frame.bus = bus.index;
        m_frames.append(frame);
    }

    QSizeF placeUnplaced(qreal y) {
        const QList<UnplacedDevice>& unplaced = m_topo.unplaced();
        if (unplaced.isEmpty())
            return QSizeF();
        const int perRow = 6;
        const int rows = int((unplaced.size() + perRow - 1) / perRow);
        const int columns = std::min<int>(perRow, unplaced.size());
        LayoutItem tray;
        tray.kind = LayoutItemKind::UnplacedTray;
        tray.id = QStringLiteral("unplaced");
        tray.classes = {QStringLiteral("unplaced-tray")};
        tray.rect = QRectF(0, y, columns * (m_m.cellWidth + m_m.padding) + m_m.padding,
                           m_m.busHeader + rows * m_m.chipHeight + m_m.padding);
        tray.label = QStringLiteral("Unplaced (libvirt assigns an address)");
        const QSizeF traySize = tray.rect.size();
        add(std::move(tray));
        for (int i = 0; i < unplaced.size(); ++i) {
            const UnplacedDevice& u = unplaced[i];
            LayoutItem chip;
            chip.kind = LayoutItemKind::Chip;
            chip.id = QStringLiteral("unplaced-%1").arg(i);
            chip.parentId = QStringLiteral("unplaced");
            chip.classes = {QStringLiteral("chip"), iconClassName(u.icon),
                            QStringLiteral("unplaced")};
            chip.rect = QRectF(m_m.padding + (i % perRow) * (m_m.cellWidth + m_m.padding),
                               y + m_m.busHeader + (i / perRow) * m_m.chipHeight, m_m.cellWidth,
                               m_m.chipHeight - 2);
            chip.label = u.label;
            if (!u.note.isEmpty())
                chip.detail = u.note;
            else if (u.address)
                chip.detail =
                    QStringLiteral("address %1 names no slot here").arg(u.address->toShortString());
            chip.deviceIndex = u.deviceIndex;
            chip.element = u.element;
            chip.icon = u.icon;
            add(std::move(chip));
        }
        return traySize;
    }

    // Frames under everything, then the bus boxes, then links (they cross no box but their own,
    // where the cells below their start hide them), then cells and chips.
    void finish() {
        QList<LayoutItem>& items = m_layout.m_items;
        QList<LayoutItem> ordered;
        ordered.reserve(m_frames.size() + items.size() + m_links.size());
        ordered.append(std::move(m_frames));
        const auto isBox = [](const LayoutItem& item) {
            return item.kind == LayoutItemKind::BusBox || item.kind == LayoutItemKind::UnplacedTray;
        };
        for (LayoutItem& item : items)
            if (isBox(item))
                ordered.append(std::move(item));
        ordered.append(std::move(m_links));
        for (LayoutItem& item : items)
            if (!isBox(item))
                ordered.append(std::move(item));
        items = std::move(ordered);
        m_layout.m_byId.reserve(items.size());
        for (int i = 0; i < items.size(); ++i)
            m_layout.m_byId.insert(items[i].id, i);
    }

    void add(LayoutItem item) { m_layout.m_items.append(std::move(item)); }

    const Topology& m_topo;
    const LayoutMetrics& m_m;
    TopologyLayout m_layout;
    QHash<int, BusSize> m_sizes;
    QHash<int, QSizeF> m_subtree;
    QSet<int> m_measuring; // buses reached while measuring: each is drawn once
    QHash<int, QList<int>> m_children;
    QHash<int, QList<QList<int>>> m_rows;
    QSet<int> m_placed;
    QHash<QString, QRectF> m_cellRects;
    QHash<int, QRectF> m_busRects;
    QList<LayoutItem> m_links;
    QList<LayoutItem> m_frames;
};

TopologyLayout TopologyLayout::compute(const Topology& topology, const LayoutMetrics& metrics) {
    return LayoutBuilder(topology, metrics).build();
}

} // namespace pcitopo
