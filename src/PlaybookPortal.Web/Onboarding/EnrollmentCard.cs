using PlaybookPortal.Components;
using PlaybookPortal.Data.Onboarding;

namespace PlaybookPortal.Web.Onboarding;

/// <summary>One enrollment ready to show: its figures and its steps, next steps first.</summary>
public sealed record EnrollmentCard(
    EnrollmentView View,
    IReadOnlyList<StepListItem> NextSteps,
    IReadOnlyList<StepListItem> DoneSteps,
    IReadOnlyList<StepListItem> AllSteps);
