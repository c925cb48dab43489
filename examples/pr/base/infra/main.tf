provider "aws" {
  region = "eu-west-1"
}

resource "aws_db_instance" "main" {
  identifier          = "platform-db"
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  allocated_storage   = 20
  publicly_accessible = false
}
