"""The pipeline's functions run as their template roles (commentguard_dev.localstack.iam), so every flow
test also checks that template.yaml grants each function the AWS calls that flow makes."""


def test_every_function_of_the_pipeline_runs_as_its_template_role(pipeline):
    unchecked = [lid for lid, function in pipeline.functions.items() if function.spec.policy is None]
    assert pipeline.functions and not unchecked
