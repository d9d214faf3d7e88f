package vn.plantrack.web;

/** An explanation request as typed (question and reply deadline dd/MM/yyyy), or an agency's answer to one. */
public class ExplanationForm {

	private String question;

	private String dueBefore;

	private String answer;

	public String getQuestion() {
		return question;
	}

	public void setQuestion(String question) {
		this.question = question;
	}

	public String getDueBefore() {
		return dueBefore;
	}

	public void setDueBefore(String dueBefore) {
		this.dueBefore = dueBefore;
	}

	public String getAnswer() {
		return answer;
	}

	public void setAnswer(String answer) {
		this.answer = answer;
	}
}
