"""Forms of the reflection page: answers to the prompt, stakeholder rows, mentor feedback."""

from django import forms
from django.utils.translation import gettext_lazy as _

from courses.stakeholders import Degree, Level, StakeholderType
from home.forms import KeepOmittedFieldsMixin

from .models import ANSWER_MAX_LENGTH, MESSAGE_MAX_LENGTH

ROWS_MAX = 30


class AnswersForm(KeepOmittedFieldsMixin, forms.Form):
    """One text field per question of the lesson's reflection prompt(s).

    Drafts may leave answers empty; a submission needs every answer.
    """

    def __init__(self, *args, questions=(), require_all=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = list(questions)
        for index, question in enumerate(self.questions):
            self.fields[f"answer_{index}"] = forms.CharField(
                label=question,
                required=require_all,
                max_length=ANSWER_MAX_LENGTH,
                strip=True,
                widget=forms.Textarea(attrs={"rows": 6, "maxlength": ANSWER_MAX_LENGTH}),
                error_messages={
                    "required": _("Please answer this question before you submit."),
                    "max_length": _(
                        "Please shorten your answer to at most %(limit_value)d characters "
                        "(it has %(show_value)d)."
                    ),
                },
            )

    @staticmethod
    def initial_from(reflection):
        answers = reflection.answer_texts() if reflection else []
        return {f"answer_{index}": text for index, text in enumerate(answers)}

    def answers(self):
        """[{"question", "answer"}, ...] from the cleaned data."""
        return [
            {"question": question, "answer": self.cleaned_data.get(f"answer_{index}", "")}
            for index, question in enumerate(self.questions)
        ]


class StakeholderForm(forms.Form):
    stakeholder = forms.CharField(label=_("Stakeholder"), max_length=200)
    level = forms.ChoiceField(label=_("Level"), choices=[("", "—"), *Level.choices])
    kind = forms.ChoiceField(label=_("Type"), choices=[("", "—"), *StakeholderType.choices])
    interests = forms.CharField(
        label=_("Interests"), max_length=1000, widget=forms.Textarea(attrs={"rows": 2})
    )
    influence = forms.ChoiceField(label=_("Influence"), choices=[("", "—"), *Degree.choices])
    interest = forms.ChoiceField(label=_("Interest"), choices=[("", "—"), *Degree.choices])
    cooperation = forms.CharField(
        label=_("Possible cooperation"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    FIELDS = ("stakeholder", "level", "kind", "interests", "influence", "interest", "cooperation")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.error_messages["required"] = _("Please fill in this field, or remove the row.")


class BaseStakeholderFormSet(forms.BaseFormSet):
    def rows(self):
        """The rows to keep: filled in and not marked for removal."""
        kept = []
        for form in self.forms:
            if not form.has_changed() or self._should_delete_form(form):
                continue
            data = form.cleaned_data
            if data:
                kept.append({name: data.get(name, "") for name in StakeholderForm.FIELDS})
        return kept


StakeholderFormSet = forms.formset_factory(
    StakeholderForm,
    formset=BaseStakeholderFormSet,
    extra=1,
    can_delete=True,
    max_num=ROWS_MAX,
    validate_max=True,
)


class FeedbackForm(forms.Form):
    text = forms.CharField(
        label=_("Your feedback"),
        max_length=ANSWER_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={"required": _("Please write your feedback.")},
    )
    asks_revision = forms.BooleanField(
        label=_("Ask the member to revise her reflection"), required=False
    )


class MessageForm(forms.Form):
    """A message of the conversation after feedback (hers or her mentor's)."""

    body = forms.CharField(
        label=_("Your message"),
        max_length=MESSAGE_MAX_LENGTH,
        strip=True,
        widget=forms.Textarea(attrs={"rows": 5, "maxlength": MESSAGE_MAX_LENGTH}),
        error_messages={
            "required": _("Please write your message."),
            "max_length": _(
                "Please shorten your message to at most %(limit_value)d characters "
                "(it has %(show_value)d)."
            ),
        },
    )
