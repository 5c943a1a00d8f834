"""Commentguard's domain: the package every Lambda function imports from the layer.

Modules that touch AWS live in ``commentguard.adapters`` and take their clients from the caller;
everything else imports no boto3 and is tested with plain pytest.
"""
