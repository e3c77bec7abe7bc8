#pragma once

// The welcome screen, a banner over the graph of the start-up document: start a new domain,
// open one, or learn from one of the annotated example domains (learnexamples.h).

#include <QFrame>

class QLabel;

namespace pcitopo {

class WelcomePanel final : public QFrame {
    Q_OBJECT
public:
    explicit WelcomePanel(QWidget* parent = nullptr);

    QLabel* label() const { return m_label; }
    // Acts as a click on a link of the panel ("new:q35", "open:", "example:PATH", "hide:").
    void activateLink(const QString& link);

signals:
    void newRequested(const QString& machine); // "q35" / "pc"
    void openRequested();
    void exampleRequested(const QString& resourcePath);
    void dismissed();

private:
    QLabel* m_label = nullptr;
};

} // namespace pcitopo
