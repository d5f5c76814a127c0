#pragma once

#include "MainWindow.h"
#include "exercises/ExerciseLibrary.h"
#include "exercises/ExerciseLibraryView.h"
#include "storage/ExerciseRepository.h"
#include "support/PatientUiFixture.h"

#include "undo/StoreUndoStack.h"

#include <memory>

namespace gradus::test {

// The exercise library page shown in a real main window, on a fresh store with the built-in
// library: the fixture of the library view and exercise conflict tests.
class ExerciseLibraryPageTest : public PatientUiTest
{
protected:
    void SetUp() override
    {
        PatientUiTest::SetUp();
        ASSERT_TRUE(ExerciseLibrary::ensureLoaded(*m_workspace));
        m_window = std::make_unique<MainWindow>(*m_workspace);
        m_window->buildDeferred();
        m_view = m_window->findChild<ExerciseLibraryView*>();
        ASSERT_NE(m_view, nullptr);
        m_window->showPage(m_view);
    }

    Exercise stored(const QString& stableId)
    {
        auto e = ExerciseRepository(*m_workspace).byStableId(stableId);
        EXPECT_TRUE(e) << stableId.toStdString();
        return e ? *e : Exercise{};
    }
    StoreUndoStack* undo() { return m_window->undoStack(); }

    std::unique_ptr<MainWindow> m_window;
    ExerciseLibraryView* m_view = nullptr;
};

} // namespace gradus::test
