#pragma once

#include <QWidget>

#include <functional>

namespace gradus {

// Holds the place of a widget that is built on first use rather than when the window is: the
// window paints sooner (docs/BENCHMARKS.md, start-up). The content is built when the place is
// first shown, when content() is asked for, or when the window has painted and the event loop
// is free (MainWindow::buildDeferred). It fills the place, with no margins of its own.
class DeferredWidget : public QWidget
{
    Q_OBJECT

public:
    using Factory = std::function<QWidget*(QWidget* parent)>;

    DeferredWidget(const QString& objectName, Factory factory, QWidget* parent = nullptr);

    // The content, built now if it was not yet.
    QWidget* content();
    template <typename T> T* contentAs() { return qobject_cast<T*>(content()); }
    bool isBuilt() const { return m_content != nullptr; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    Factory m_factory;
    QWidget* m_content = nullptr;
};

} // namespace gradus
